using System.Text.Json;

namespace TipBot.LoadBench;

/// <summary>What one expectReplies response turned out to be.</summary>
public enum ReplyKind
{
    /// <summary>Not an answer: unparsable, no activities, or not what the target should have said.</summary>
    Wrong,

    /// <summary>TipBot answered with one or more tip cards.</summary>
    Tip,

    /// <summary>TipBot's honest "no good tip yet" card.</summary>
    NoAnswer,

    /// <summary>An echo bot echoed the question.</summary>
    Echo,
}

/// <summary>Decides whether a 200 response carries the reply the target owes: a bot that answers 200 with nothing useful is an error.</summary>
public abstract class ReplyCheck
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public abstract ReplyKind Check(ReadOnlySpan<byte> json, string question);

    protected static bool TryActivities(ReadOnlySpan<byte> json, out JsonDocument document, out JsonElement activities)
    {
        document = null!;
        activities = default;
        try
        {
            var reader = new Utf8JsonReader(json);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return false;
        }
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("activities", out activities)
            && activities.ValueKind == JsonValueKind.Array)
        {
            return true;
        }
        document.Dispose();
        return false;
    }

    protected static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>The echo bots must send back "Echo: " and the question.</summary>
public sealed class EchoReplyCheck : ReplyCheck
{
    public override ReplyKind Check(ReadOnlySpan<byte> json, string question)
    {
        if (!TryActivities(json, out var document, out var activities))
        {
            return ReplyKind.Wrong;
        }
        using (document)
        {
            var expected = "Echo: " + question;
            foreach (var activity in activities.EnumerateArray())
            {
                if (String(activity, "type") == "message" && String(activity, "text") == expected)
                {
                    return ReplyKind.Echo;
                }
            }
            return ReplyKind.Wrong;
        }
    }
}

/// <summary>
/// TipBot must answer a question with an Adaptive Card: tip cards (their actions carry a tipId) or the honest
/// no-answer card (recognised by its title from bot/Texts/nl.json). An apology, a help card or nothing is wrong.
/// </summary>
public sealed class TipBotReplyCheck(string noAnswerTitle) : ReplyCheck
{
    public static TipBotReplyCheck FromTexts(string repoRoot)
    {
        var path = Path.Combine(repoRoot, "bot", "Texts", "nl.json");
        using var texts = JsonDocument.Parse(File.ReadAllBytes(path));
        var title = texts.RootElement.TryGetProperty("tips.none.title", out var value) ? value.GetString() : null;
        return new TipBotReplyCheck(title ?? throw new InvalidOperationException($"{path} has no tips.none.title."));
    }

    public override ReplyKind Check(ReadOnlySpan<byte> json, string question)
    {
        if (!TryActivities(json, out var document, out var activities))
        {
            return ReplyKind.Wrong;
        }
        using (document)
        {
            var result = ReplyKind.Wrong;
            foreach (var activity in activities.EnumerateArray())
            {
                if (String(activity, "type") != "message" || !activity.TryGetProperty("attachments", out var attachments)
                    || attachments.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }
                foreach (var attachment in attachments.EnumerateArray())
                {
                    if (String(attachment, "contentType") != AdaptiveCardContentType
                        || !attachment.TryGetProperty("content", out var card) || String(card, "type") != "AdaptiveCard")
                    {
                        continue;
                    }
                    if (IsTipCard(card))
                    {
                        return ReplyKind.Tip;
                    }
                    if (String(card, "fallbackText") == noAnswerTitle)
                    {
                        result = ReplyKind.NoAnswer;
                    }
                }
            }
            return result;
        }
    }

    private static bool IsTipCard(JsonElement card)
    {
        if (!card.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
        {
            return false;
        }
        foreach (var action in actions.EnumerateArray())
        {
            if (action.TryGetProperty("data", out var data) && String(data, "tipId") is { Length: > 0 })
            {
                return true;
            }
        }
        return false;
    }
}
