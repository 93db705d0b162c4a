using System.Text.Json.Nodes;

namespace TipBot.Bot.Slack;

/// <summary>
/// What a button of ours does when pressed, encoded in its action_id prefix: submit card data (the Activity's
/// value, as Action.Submit does), say a text (imBack), or only open a link (Slack still reports the click).
/// </summary>
public static class SlackButton
{
    public const string Submit = "submit";
    public const string Say = "say";
    public const string Link = "link";

    public static string ActionId(string kind, int number) => $"tipbot.{kind}.{number}";

    /// <summary>The kind from an action_id, or null for actions that are not ours.</summary>
    public static string? KindOf(string? actionId)
    {
        if (actionId is null || !actionId.StartsWith("tipbot.", StringComparison.Ordinal))
        {
            return null;
        }
        var rest = actionId["tipbot.".Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var kind = dot < 0 ? rest : rest[..dot];
        return kind is Submit or Say or Link ? kind : null;
    }

    /// <summary>A button's plain_text label within Slack's 75 characters.</summary>
    public static JsonObject Label(string text) =>
        new() { ["type"] = "plain_text", ["text"] = Truncate(text.Length == 0 ? "…" : text, BlockKitLimits.ButtonText), ["emoji"] = true };

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
