using Xunit.Abstractions;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.DirectLine;

/// <summary>Microsoft's botframework-directlinejs (the client inside Web Chat), in node, against the real endpoint.</summary>
public sealed class DirectLineJsClientTests(ITestOutputHelper log)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheDirectLineJsClientGetsTheEchoAndTheAnswer(bool webSocket)
    {
        using var server = new LiveDirectLineServer(useTestBot: true);
        var arguments = new List<string> { server.BaseUrl, "hoe ga ik om met boze bellers?" };
        if (webSocket)
        {
            arguments.Add("--websocket");
        }
        var (exitCode, output, error) = await LiveDirectLineServer.RunNodeAsync("directline-client.js", [.. arguments]);
        log.WriteLine(output);
        Assert.True(exitCode == 0, $"node failed ({exitCode}): {error}\n{output}");

        var result = JsonNode.Parse(output)!;
        Assert.Equal(webSocket, result["webSocket"]!.GetValue<bool>());
        Assert.Equal(result["postedId"]!.GetValue<string>(), result["echo"]!["id"]!.GetValue<string>());
        Assert.StartsWith("node-", result["echo"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("Je vroeg: hoe ga ik om met boze bellers?", result["answer"]!["text"]!.GetValue<string>());
        Assert.StartsWith("Welkom dl_node_", result["welcome"]!["text"]!.GetValue<string>());
    }
}
