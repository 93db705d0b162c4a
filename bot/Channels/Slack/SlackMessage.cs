using System.Text.Json.Nodes;

namespace TipBot.Bot.Slack;

/// <summary>One Slack message: notification text (also shown where blocks cannot be) and its Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    public JsonObject ToArguments(string channel)
    {
        var arguments = new JsonObject { ["channel"] = channel, ["text"] = Text };
        if (Blocks.Count > 0)
        {
            arguments["blocks"] = Blocks.DeepClone();
        }
        return arguments;
    }
}
