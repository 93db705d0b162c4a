using System.Net;

namespace TipBot.Bot.Tests.DirectLine;

public sealed class WebChatPageTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task TheRootServesTheDutchChatPageWithTheLocalBundle()
    {
        using var response = await _host.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("<title>TipBot</title>", html);
        Assert.Contains("src=\"/lib/webchat.js\"", html);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ThePageScriptUsesOurOwnDirectLineEndpoint()
    {
        var script = await _host.CreateClient().GetStringAsync("/chat.js");
        Assert.Contains("/v3/directline/tokens/generate", script);
        Assert.Contains("window.location.origin + '/v3/directline'", script);
        Assert.Contains("scripts/setup.sh", script);
    }
}
