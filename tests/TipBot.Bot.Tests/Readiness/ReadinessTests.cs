using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.Readiness;

/// <summary>/readyz: 200 only with documents in the index and storage that answers; /healthz stays 200 while the process lives.</summary>
public sealed class ReadinessTests
{
    private const string Tip = """
        ---
        title: Luister eerst
        kind: tip
        summary: Wie eerst luistert, hoeft daarna minder uit te leggen.
        tags: [communicatie]
        audience: [uitvoerder]
        perspectives: [burgers-en-bedrijven]
        author: Test Coach
        organisation: Gemeente Proefstad
        updated: 2026-11-25
        ---

        ## Zo pak je het aan

        Laat de ander uitpraten voordat je antwoordt.
        """;

    private static TipBotFactory WithOneTip()
    {
        var factory = new TipBotFactory();
        Directory.CreateDirectory(Path.Combine(factory.KnowledgePath, "tips"));
        File.WriteAllText(Path.Combine(factory.KnowledgePath, "tips", "luister-eerst.md"), Tip);
        return factory;
    }

    [Fact]
    public async Task ReadyWithAnIndexAndStorage()
    {
        using var factory = WithOneTip();
        var response = await factory.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True((bool)body["ready"]!);
        Assert.Equal(1, (int)body["index"]!["documents"]!);
    }

    [Fact]
    public async Task NotReadyWithAnEmptyIndex()
    {
        using var factory = new TipBotFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        // Alive all the same: no reason to restart it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task NotReadyWhenStorageFails()
    {
        using var factory = WithOneTip();
        using var broken = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStorage, UnreachableStorage>()));
        var response = await broken.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("error", (string?)body["storage"]!["status"]);
        Assert.Equal(1, (int)body["index"]!["documents"]!);
    }

    /// <summary>Storage whose server has gone away.</summary>
    private sealed class UnreachableStorage : IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new IOException("connection refused");

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            throw new IOException("connection refused");

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new IOException("connection refused");
    }
}
