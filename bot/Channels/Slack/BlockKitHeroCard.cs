using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Slack;

/// <summary>Hero and thumbnail cards (title, subtitle, text, images, buttons) and CardActions as Block Kit.</summary>
public static class BlockKitHeroCard
{
    public static void Translate(JsonObject card, BlockKitBuilder blocks)
    {
        if (Str(card, "title") is { Length: > 0 } title)
        {
            blocks.Header(SlackMrkdwn.Plain(title));
        }
        if (Str(card, "subtitle") is { Length: > 0 } subtitle)
        {
            blocks.Context(SlackMrkdwn.FromMarkdown(subtitle));
        }
        if (Str(card, "text") is { Length: > 0 } text)
        {
            blocks.Section(SlackMrkdwn.FromMarkdown(text));
        }
        foreach (var image in (card["images"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Str(image, "url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                blocks.Image(uri, Str(image, "alt") ?? "");
            }
        }
        blocks.EndRow();
        foreach (var button in (card["buttons"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var action = JObject.Parse(button.ToJsonString()).ToObject<CardAction>();
            if (action is not null)
            {
                Button(action, blocks);
            }
        }
        blocks.EndRow();
    }

    /// <summary>imBack and postBack say their value as the user's words; messageBack with an object sends it as value; openUrl opens.</summary>
    public static void Button(CardAction action, BlockKitBuilder blocks)
    {
        var title = action.Title ?? action.Text ?? action.Value?.ToString() ?? "";
        switch (action.Type)
        {
            case ActionTypes.OpenUrl:
                if (Uri.TryCreate(action.Value?.ToString(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
                {
                    blocks.LinkButton(title, url);
                }
                break;
            case ActionTypes.MessageBack when BlockKitMessage.ToJsonObject(action.Value) is { } data:
                blocks.Button(title, SlackButton.Submit, data.ToJsonString());
                break;
            case ActionTypes.MessageBack:
                blocks.Button(title, SlackButton.Say, action.Text ?? action.Value?.ToString() ?? title);
                break;
            default:
                var value = action.Value switch
                {
                    null => title,
                    string s => s,
                    JValue v => v.ToString(),
                    _ => null,
                };
                if (value is not null)
                {
                    blocks.Button(title, SlackButton.Say, value);
                }
                else if (BlockKitMessage.ToJsonObject(action.Value) is { } objectValue)
                {
                    blocks.Button(title, SlackButton.Submit, objectValue.ToJsonString());
                }
                break;
        }
    }

    private static string? Str(JsonObject node, string key) =>
        node[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
