using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Slack;

/// <summary>A bot message Activity as a Slack message: its text, its cards (Adaptive, hero, thumbnail) and suggested actions as blocks.</summary>
public static class BlockKitMessage
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";

    public static SlackMessage From(IMessageActivity activity)
    {
        var blocks = new BlockKitBuilder();
        var notification = new List<string>();
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            var markdown = activity.TextFormat == TextFormatTypes.Plain ? null : activity.Text;
            blocks.Section(markdown is null ? SlackMrkdwn.Escape(activity.Text) : SlackMrkdwn.FromMarkdown(markdown));
            notification.Add(markdown is null ? activity.Text : SlackMrkdwn.Plain(markdown));
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            blocks.Divider();
            var content = ToJsonObject(attachment.Content);
            switch (attachment.ContentType)
            {
                case AdaptiveCard when content is not null:
                    BlockKitCard.Translate(content, blocks);
                    if (Str(content, "fallbackText") is { Length: > 0 } fallback)
                    {
                        notification.Add(fallback);
                    }
                    break;
                case HeroCard or ThumbnailCard when content is not null:
                    BlockKitHeroCard.Translate(content, blocks);
                    if ((Str(content, "title") ?? Str(content, "text")) is { Length: > 0 } title)
                    {
                        notification.Add(SlackMrkdwn.Plain(title));
                    }
                    break;
                default:
                    // A file, image or card type Slack cannot show: its name and link as text.
                    var name = attachment.Name ?? attachment.ContentType ?? "";
                    if (Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
                    {
                        blocks.Section($"<{url.AbsoluteUri}|{SlackMrkdwn.Escape(name.Length > 0 ? name : url.Host).Replace("|", "¦", StringComparison.Ordinal)}>");
                    }
                    else if (content is not null && (Str(content, "text") ?? Str(content, "title")) is { Length: > 0 } contentText)
                    {
                        blocks.Section(SlackMrkdwn.FromMarkdown(contentText));
                    }
                    else if (name.Length > 0)
                    {
                        blocks.Section(SlackMrkdwn.Escape(name));
                    }
                    break;
            }
        }

        if (activity.SuggestedActions?.Actions is { Count: > 0 } suggested)
        {
            blocks.EndRow();
            foreach (var action in suggested)
            {
                BlockKitHeroCard.Button(action, blocks);
            }
        }

        var text = string.Join("\n", notification.Where(n => n.Length > 0));
        return new SlackMessage(SlackButton.Truncate(SlackMrkdwn.Escape(text), BlockKitLimits.MessageText), blocks.Build());
    }

    /// <summary>Attachment content arrives as Newtonsoft JObject (SDK), JsonObject or any serialisable object.</summary>
    public static JsonObject? ToJsonObject(object? content)
    {
        try
        {
            return content switch
            {
                null => null,
                JsonObject node => node,
                JToken token => JsonNode.Parse(token.ToString(Newtonsoft.Json.Formatting.None)) as JsonObject,
                string json => JsonNode.Parse(json) as JsonObject,
                _ => JsonNode.Parse(JToken.FromObject(content).ToString(Newtonsoft.Json.Formatting.None)) as JsonObject,
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or Newtonsoft.Json.JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static string? Str(JsonObject node, string key) =>
        node[key] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;
}
