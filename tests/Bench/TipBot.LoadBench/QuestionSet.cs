using System.Text;
using System.Text.Json;

namespace TipBot.LoadBench;

/// <summary>The evaluation questions (tests/eval/queries.tsv), and the activity bodies that carry them, built before the clock starts.</summary>
public sealed class QuestionSet
{
    private QuestionSet(IReadOnlyList<string> questions) => Questions = questions;

    public IReadOnlyList<string> Questions { get; }

    public static QuestionSet Load(string repoRoot)
    {
        var path = Path.Combine(repoRoot, "tests", "eval", "queries.tsv");
        var questions = File.ReadLines(path)
            .Skip(1)
            .Select(line => line.Split('\t')[0].Trim())
            .Where(q => q.Length > 0)
            .ToList();
        if (questions.Count == 0)
        {
            throw new InvalidOperationException($"No questions in {path}.");
        }
        return new QuestionSet(questions);
    }

    /// <summary>One conversation's request bodies, one per question; conversations start at different questions.</summary>
    public ConversationScript Script(string runId, int conversation)
    {
        var bodies = new byte[Questions.Count][];
        var texts = new string[Questions.Count];
        for (var i = 0; i < Questions.Count; i++)
        {
            var question = Questions[(conversation * 7 + i) % Questions.Count];
            texts[i] = question;
            bodies[i] = Body(runId, conversation, i, question);
        }
        return new ConversationScript(bodies, texts);
    }

    /// <summary>A message as Web Chat or the Emulator sends it, asking for the replies in the HTTP response.</summary>
    public static byte[] Body(string runId, int conversation, int turn, string text)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", $"{runId}-{conversation}-{turn}");
            json.WriteString("timestamp", "2026-01-01T00:00:00Z");
            json.WriteString("channelId", "emulator");
            json.WriteString("serviceUrl", "http://127.0.0.1:9/");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("locale", "nl-NL");
            json.WriteString("text", text);
            json.WriteStartObject("from");
            json.WriteString("id", $"bench-user-{conversation}");
            json.WriteString("role", "user");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "bench-bot");
            json.WriteString("role", "bot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", $"bench-{runId}-{conversation}");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}

/// <summary>A conversation's pre-built bodies and the text each one asks.</summary>
public sealed record ConversationScript(byte[][] Bodies, string[] Texts);
