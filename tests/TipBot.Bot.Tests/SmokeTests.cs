using System.Net;
using System.Text.Json.Nodes;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests;

public sealed class SmokeTests
{
    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task HealthzReportsStorageAndIndex(string provider)
    {
        using var factory = new TipBotFactory(storage: provider);

        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ok", (string?)body["storage"]!["status"]);
        Assert.Equal(provider, (string?)body["storage"]!["provider"]);
        Assert.NotNull(body["index"]!["documents"]);
    }
}
