using System.Text.Json.Nodes;

namespace TipBot.Bot.Slack;

/// <summary>
/// Collects the blocks of one Slack message and keeps them within Slack's limits: long text is split over
/// sections, buttons in a row share one actions block (25 at most), and a message never exceeds 50 blocks.
/// </summary>
public sealed class BlockKitBuilder
{
    private readonly List<JsonObject> _blocks = [];
    private JsonArray? _openActions;
    private int _buttons;

    public int Count => _blocks.Count;

    /// <summary>Mrkdwn text as one or more sections.</summary>
    public BlockKitBuilder Section(string mrkdwn)
    {
        foreach (var chunk in Chunks(mrkdwn, BlockKitLimits.SectionText))
        {
            Add(new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(chunk) });
        }
        return this;
    }

    /// <summary>Small print: a context block, one mrkdwn element.</summary>
    public BlockKitBuilder Context(string mrkdwn)
    {
        foreach (var chunk in Chunks(mrkdwn, BlockKitLimits.SectionText))
        {
            Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(chunk)) });
        }
        return this;
    }

    /// <summary>A title in plain text; too long for a header, it becomes a bold section.</summary>
    public BlockKitBuilder Header(string plainText)
    {
        var text = plainText.ReplaceLineEndings(" ").Trim();
        if (text.Length == 0)
        {
            return this;
        }
        if (text.Length > BlockKitLimits.HeaderText)
        {
            return Section("*" + SlackMrkdwn.Escape(text) + "*");
        }
        Add(new JsonObject
        {
            ["type"] = "header",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true },
        });
        return this;
    }

    /// <summary>Label/value pairs as section fields (two columns), ten per section.</summary>
    public BlockKitBuilder Fields(IEnumerable<(string Title, string Value)> facts)
    {
        foreach (var group in facts.Chunk(BlockKitLimits.SectionFields))
        {
            var fields = new JsonArray();
            foreach (var (title, value) in group)
            {
                var label = SlackMrkdwn.Plain(title).Trim();
                var text = (label.Length > 0 ? "*" + SlackMrkdwn.Escape(label) + "*\n" : "") + SlackMrkdwn.FromMarkdown(value);
                fields.Add(Mrkdwn(SlackButton.Truncate(text, BlockKitLimits.FieldText)));
            }
            Add(new JsonObject { ["type"] = "section", ["fields"] = fields });
        }
        return this;
    }

    public BlockKitBuilder Image(Uri url, string altText)
    {
        if (url.AbsoluteUri.Length > BlockKitLimits.ImageUrl)
        {
            return this;
        }
        Add(new JsonObject
        {
            ["type"] = "image",
            ["image_url"] = url.AbsoluteUri,
            ["alt_text"] = SlackButton.Truncate(altText.Length > 0 ? altText : "image", BlockKitLimits.ImageAltText),
        });
        return this;
    }

    public BlockKitBuilder Divider()
    {
        if (_blocks.Count > 0 && (string?)_blocks[^1]["type"] != "divider")
        {
            Add(new JsonObject { ["type"] = "divider" });
        }
        return this;
    }

    /// <summary>A button that sends <paramref name="value"/> back to us; false when the value is too long for Slack.</summary>
    public bool Button(string label, string kind, string value, string? style = null)
    {
        if (value.Length > BlockKitLimits.ButtonValue)
        {
            return false;
        }
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = SlackButton.Label(label),
            ["action_id"] = SlackButton.ActionId(kind, ++_buttons),
            ["value"] = value,
        };
        AddButton(button, style);
        return true;
    }

    /// <summary>A button that opens a web page.</summary>
    public bool LinkButton(string label, Uri url)
    {
        if (url.AbsoluteUri.Length > BlockKitLimits.ButtonUrl)
        {
            return false;
        }
        AddButton(new JsonObject
        {
            ["type"] = "button",
            ["text"] = SlackButton.Label(label),
            ["action_id"] = SlackButton.ActionId(SlackButton.Link, ++_buttons),
            ["url"] = url.AbsoluteUri,
        }, style: null);
        return true;
    }

    /// <summary>The next buttons start a new row.</summary>
    public BlockKitBuilder EndRow()
    {
        _openActions = null;
        return this;
    }

    /// <summary>The blocks, cut to 50 with a note that says so when there were more.</summary>
    public JsonArray Build(string? cutNote = null)
    {
        var blocks = _blocks;
        if (blocks.Count > BlockKitLimits.BlocksPerMessage)
        {
            blocks = blocks.Take(BlockKitLimits.BlocksPerMessage - 1).ToList();
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(cutNote ?? "…")) });
        }
        while (blocks.Count > 0 && (string?)blocks[^1]["type"] == "divider")
        {
            blocks.RemoveAt(blocks.Count - 1);
        }
        return new JsonArray(blocks.Select(b => (JsonNode)b.DeepClone()).ToArray());
    }

    private void AddButton(JsonObject button, string? style)
    {
        if (style is "primary" or "danger")
        {
            button["style"] = style;
        }
        if (_openActions is null || _openActions.Count >= BlockKitLimits.ElementsPerActions)
        {
            _openActions = new JsonArray();
            _blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = _openActions });
        }
        _openActions.Add(button);
    }

    private void Add(JsonObject block)
    {
        _openActions = null;
        _blocks.Add(block);
    }

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Splits at paragraph, line or word ends so no entity, link or bold mark is cut in half where avoidable.</summary>
    private static IEnumerable<string> Chunks(string text, int max)
    {
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf("\n\n", max, StringComparison.Ordinal);
            if (cut < max / 2)
            {
                cut = rest.LastIndexOf('\n', max - 1);
            }
            if (cut < max / 2)
            {
                cut = rest.LastIndexOf(' ', max - 1);
            }
            if (cut <= 0)
            {
                cut = max;
            }
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }
}
