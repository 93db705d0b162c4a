using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Slack;

/// <summary>Signatures made by tests/peers/slack-sign.js, each confirmed by @slack/bolt's verifySlackRequest; and bolt's verdict on others.</summary>
internal static class BoltSigner
{
    public sealed record Signed(string Timestamp, string Signature);

    public static async Task<List<Signed>> SignAsync(string secret, params (string Body, long? Timestamp)[] requests)
    {
        var input = new JsonObject
        {
            ["secret"] = secret,
            ["sign"] = new JsonArray(requests.Select(r => (JsonNode)new JsonObject { ["body"] = r.Body, ["timestamp"] = r.Timestamp is { } t ? t : null }).ToArray()),
        };
        var result = await PeerScript.RunAsync("slack-sign.js", input.ToJsonString());
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var output = JsonNode.Parse(result.Output)!;
        return output["signed"]!.AsArray().Select(s => new Signed((string)s!["timestamp"]!, (string)s["signature"]!)).ToList();
    }

    public static async Task<List<bool>> VerifyAsync(string secret, params (string Body, string Timestamp, string Signature)[] requests)
    {
        var input = new JsonObject
        {
            ["secret"] = secret,
            ["verify"] = new JsonArray(requests.Select(r => (JsonNode)new JsonObject { ["body"] = r.Body, ["timestamp"] = r.Timestamp, ["signature"] = r.Signature }).ToArray()),
        };
        var result = await PeerScript.RunAsync("slack-sign.js", input.ToJsonString());
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return JsonNode.Parse(result.Output)!["verified"]!.AsArray().Select(v => (bool)v!).ToList();
    }
}
