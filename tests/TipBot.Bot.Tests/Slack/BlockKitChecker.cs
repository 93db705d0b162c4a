using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Slack;

/// <summary>Type-checks chat.postMessage bodies against Slack's TypeScript types (tests/peers/check-block-kit.js, tsc --strict).</summary>
internal static class BlockKitChecker
{
    public static async Task AssertValidAsync(IEnumerable<JsonObject> messages)
    {
        var array = new JsonArray(messages.Select(m => (JsonNode)m.DeepClone()).ToArray());
        Assert.NotEmpty(array);
        var result = await PeerScript.RunAsync("check-block-kit.js", array.ToJsonString(), timeoutSeconds: 180);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }
}
