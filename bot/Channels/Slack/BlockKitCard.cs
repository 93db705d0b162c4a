using System.Text.Json;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Slack;

/// <summary>
/// An Adaptive Card as Block Kit, the way Azure Bot Service's Slack channel does it: text becomes sections (small
/// or subtle text a context), facts become fields, containers and columns are flattened, Submit/Execute actions
/// become buttons whose value is the action's data, and choice sets become one button per choice. What has no
/// Block Kit counterpart degrades to readable text; nothing in a card makes the translation fail.
/// </summary>
public static class BlockKitCard
{
    public static void Translate(JsonObject card, BlockKitBuilder blocks)
    {
        var actions = card["actions"] as JsonArray ?? [];
        // A choice set answers through the card's submit button: each choice becomes a button carrying that
        // button's data plus the choice, and the bare submit button (which would send no choice) is left out.
        var submit = FirstSubmit(card);
        var context = new CardContext(submit);
        foreach (var element in Elements(card["body"]))
        {
            Element(element, blocks, context);
        }
        blocks.EndRow();
        foreach (var action in actions.OfType<JsonObject>())
        {
            if (context.ChoicesShown && ReferenceEquals(action, submit))
            {
                continue;
            }
            Action(action, blocks, context);
        }
        blocks.EndRow();
    }

    private sealed class CardContext(JsonObject? submit)
    {
        public JsonObject? Submit { get; } = submit;

        public bool ChoicesShown { get; set; }
    }

    private static void Element(JsonObject element, BlockKitBuilder blocks, CardContext context)
    {
        if (element["isVisible"]?.GetValueKind() == JsonValueKind.False)
        {
            return;
        }
        switch (Str(element, "type"))
        {
            case "TextBlock":
                TextBlock(element, blocks);
                break;
            case "RichTextBlock":
                var runs = (element["inlines"] as JsonArray ?? []).Select(i => i is JsonObject o ? Str(o, "text") : i?.GetValueKind() == JsonValueKind.String ? i.GetValue<string>() : null);
                Text(string.Concat(runs.OfType<string>()), blocks, small: false, bold: false, markdown: false);
                break;
            case "FactSet":
                blocks.Fields((element["facts"] as JsonArray ?? []).OfType<JsonObject>().Select(f => (Str(f, "title") ?? "", Str(f, "value") ?? "")));
                break;
            case "Container":
                Children(element["items"], blocks, context);
                break;
            case "ColumnSet":
                foreach (var column in Elements(element["columns"]))
                {
                    Children(column["items"], blocks, context);
                }
                break;
            case "Column":
                Children(element["items"], blocks, context);
                break;
            case "Image":
                Image(element, blocks);
                break;
            case "ImageSet":
                foreach (var image in Elements(element["images"]))
                {
                    Image(image, blocks);
                }
                break;
            case "ActionSet":
                foreach (var action in Elements(element["actions"]))
                {
                    Action(action, blocks, context);
                }
                blocks.EndRow();
                break;
            case "Input.ChoiceSet":
                ChoiceSet(element, blocks, context);
                break;
            case "Input.Text" or "Input.Number" or "Input.Date" or "Input.Time" or "Input.Toggle":
                // Slack messages cannot hold a form that submits with our buttons; say what is asked, the user types it.
                var prompt = Str(element, "label") ?? Str(element, "placeholder") ?? Str(element, "title");
                if (prompt is not null)
                {
                    blocks.Context(SlackMrkdwn.Escape(prompt));
                }
                break;
            default:
                Unknown(element, blocks, context);
                break;
        }
    }

    private static void Children(JsonNode? items, BlockKitBuilder blocks, CardContext context)
    {
        foreach (var item in Elements(items))
        {
            Element(item, blocks, context);
        }
    }

    private static void TextBlock(JsonObject element, BlockKitBuilder blocks)
    {
        var text = Str(element, "text") ?? "";
        var size = Str(element, "size");
        var bold = Str(element, "weight") is { } weight && weight.Equals("Bolder", StringComparison.OrdinalIgnoreCase);
        var large = size is { } s && (s.Equals("Medium", StringComparison.OrdinalIgnoreCase) || s.Equals("Large", StringComparison.OrdinalIgnoreCase) || s.Equals("ExtraLarge", StringComparison.OrdinalIgnoreCase));
        var small = (size is { } t && t.Equals("Small", StringComparison.OrdinalIgnoreCase)) || element["isSubtle"]?.GetValueKind() == JsonValueKind.True;
        if (bold && large && !text.Contains('\n'))
        {
            blocks.Header(SlackMrkdwn.Plain(text));
            return;
        }
        Text(text, blocks, small && !large, bold, markdown: true);
    }

    private static void Text(string text, BlockKitBuilder blocks, bool small, bool bold, bool markdown)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        var mrkdwn = markdown ? SlackMrkdwn.FromMarkdown(text) : SlackMrkdwn.Escape(text);
        if (bold && !mrkdwn.Contains('*') && !mrkdwn.Contains('\n'))
        {
            mrkdwn = "*" + mrkdwn.Trim() + "*";
        }
        if (small)
        {
            blocks.Context(mrkdwn);
        }
        else
        {
            blocks.Section(mrkdwn);
        }
    }

    private static void Image(JsonObject element, BlockKitBuilder blocks)
    {
        if (Str(element, "url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            blocks.Image(uri, Str(element, "altText") ?? "");
        }
    }

    private static void ChoiceSet(JsonObject element, BlockKitBuilder blocks, CardContext context)
    {
        var id = Str(element, "id");
        var choices = Elements(element["choices"]).ToList();
        if (Str(element, "label") is { } label)
        {
            blocks.Section(SlackMrkdwn.Escape(label));
        }
        if (id is null || choices.Count == 0)
        {
            return;
        }
        var baseData = SubmitData(context.Submit) ?? new JsonObject();
        foreach (var choice in choices)
        {
            var data = (JsonObject)baseData.DeepClone();
            data[id] = Str(choice, "value") ?? "";
            blocks.Button(Str(choice, "title") ?? Str(choice, "value") ?? "", SlackButton.Submit, data.ToJsonString());
        }
        blocks.EndRow();
        context.ChoicesShown = true;
    }

    private static void Action(JsonObject action, BlockKitBuilder blocks, CardContext context)
    {
        var title = Str(action, "title") ?? "";
        var style = Str(action, "style") switch
        {
            "positive" => "primary",
            "destructive" => "danger",
            _ => null,
        };
        switch (Str(action, "type"))
        {
            case "Action.Submit" or "Action.Execute":
                if (SubmitData(action) is { } data)
                {
                    blocks.Button(title, SlackButton.Submit, data.ToJsonString(), style);
                }
                else if (action["data"]?.GetValueKind() == JsonValueKind.String)
                {
                    // String data is sent as the user's words, as Web Chat does.
                    blocks.Button(title, SlackButton.Say, action["data"]!.GetValue<string>(), style);
                }
                else
                {
                    blocks.Button(title, SlackButton.Submit, "{}", style);
                }
                break;
            case "Action.OpenUrl":
                if (Str(action, "url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                    && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                {
                    blocks.LinkButton(title, uri);
                }
                break;
            case "Action.ShowCard":
                // No collapsible cards in a message: show the inner card right away, under its title.
                if (action["card"] is JsonObject inner)
                {
                    blocks.EndRow();
                    if (title.Length > 0)
                    {
                        blocks.Section("*" + SlackMrkdwn.Escape(title) + "*");
                    }
                    Translate(inner, blocks);
                }
                break;
            default:
                if (action["fallback"] is JsonObject fallback)
                {
                    Action(fallback, blocks, context);
                }
                break;
        }
    }

    /// <summary>
    /// What pressing the action sends as the Activity's value: its data object, with Action.Execute's verb added
    /// when the data lacks it, which is exactly what our Action.Submit fallback carries.
    /// </summary>
    private static JsonObject? SubmitData(JsonObject? action)
    {
        if (action is null)
        {
            return null;
        }
        var data = action["data"] switch
        {
            JsonObject o => (JsonObject)o.DeepClone(),
            null => new JsonObject(),
            _ => null,
        };
        if (data is null)
        {
            return null;
        }
        if (Str(action, "type") == "Action.Execute" && Str(action, "verb") is { Length: > 0 } verb && data[Cards.CardElements.VerbKey] is null)
        {
            data[Cards.CardElements.VerbKey] = verb;
        }
        return data;
    }

    private static JsonObject? FirstSubmit(JsonObject card)
    {
        if (card["body"] is null || !Descendants(card["body"]).Any(e => Str(e, "type") == "Input.ChoiceSet"))
        {
            return null;
        }
        return (card["actions"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(a => Str(a, "type") is "Action.Submit" or "Action.Execute");
    }

    private static void Unknown(JsonObject element, BlockKitBuilder blocks, CardContext context)
    {
        if (element["fallback"] is JsonObject fallback)
        {
            Element(fallback, blocks, context);
            return;
        }
        foreach (var key in new[] { "text", "title", "altText", "value" })
        {
            if (Str(element, key) is { Length: > 0 } text)
            {
                blocks.Section(SlackMrkdwn.Escape(text));
                return;
            }
        }
        foreach (var key in new[] { "items", "body", "columns" })
        {
            if (element[key] is JsonArray)
            {
                Children(element[key], blocks, context);
                return;
            }
        }
    }

    private static IEnumerable<JsonObject> Elements(JsonNode? array) =>
        array is JsonArray items ? items.OfType<JsonObject>() : [];

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, child) in o)
                {
                    foreach (var d in Descendants(child))
                    {
                        yield return d;
                    }
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var d in Descendants(child))
                    {
                        yield return d;
                    }
                }
                break;
        }
    }

    private static string? Str(JsonObject element, string key) =>
        element[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
