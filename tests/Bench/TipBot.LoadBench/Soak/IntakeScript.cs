using System.Text.Json;

namespace TipBot.LoadBench.Soak;

/// <summary>One typed answer and the words the bot's reply to it must contain (from bot/Texts/nl.json).</summary>
public sealed record IntakeTurn(string Text, string Expect);

/// <summary>
/// A whole intake typed as a person would, answer by answer, with what the bot must ask next; the answers differ per
/// conversation so each stored request can be traced back to the conversation that sent it.
/// </summary>
public sealed class IntakeScript
{
    private static readonly string[] Questions =
    [
        "Hoe maken we onze brieven aan inwoners begrijpelijker?",
        "We willen inwoners beter betrekken bij de plannen voor hun wijk.",
        "Ons team krijgt veel boze bellers, hoe gaan we daar goed mee om?",
        "Hoe schrijven we een webtekst die iedereen snapt?",
    ];

    private readonly IReadOnlyDictionary<string, string> texts;

    private IntakeScript(IReadOnlyDictionary<string, string> texts) => this.texts = texts;

    public static IntakeScript FromTexts(string repoRoot)
    {
        var path = Path.Combine(repoRoot, "bot", "Texts", "nl.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var texts = document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new IntakeScript(texts);
    }

    /// <summary>What the reply to the intake's start ("coach") must contain.</summary>
    public IntakeTurn Start => new("coach", Text("intake.organisationType.question"));

    /// <summary>The question after the organisation: tips may come first, then "go on?" (answered "ja").</summary>
    public string SuggestionsQuestion => Text("intake.suggestions.question");

    /// <summary>The start of the thank-you with the reference number (the text before its placeholder).</summary>
    public string Submitted => Text("intake.submitted");

    public string Apology => Text("common.sorry");

    /// <summary>The organisation a conversation's intakes name: unique per conversation, so a stored request names its sender.</summary>
    public static string Organisation(string runId, int conversation) => $"Gemeente Soak {runId} {conversation}";

    public static string Email(int conversation) => $"soak{conversation}@example.nl";

    /// <summary>The answers up to and including the question; then <see cref="AfterQuestion"/>.</summary>
    public IReadOnlyList<IntakeTurn> UpToQuestion(string runId, int conversation, int intake) =>
    [
        new("1", Text("intake.organisationName.question")),
        new(Organisation(runId, conversation), Text("intake.question.question")),
        // Either the tips and "go on?", or straight to the phase: checked by the caller.
        new(Questions[(conversation + intake) % Questions.Length], ""),
    ];

    /// <summary>From the phase to the summary's "Klopt", whose reply carries the reference.</summary>
    public IReadOnlyList<IntakeTurn> AfterQuestion(int conversation) =>
    [
        new("plan maken", Text("intake.helpForm.question")),
        new("gesprekken", Text("intake.commitment.question")),
        new("ja", Text("intake.contactName.question")),
        new($"Soak Tester {conversation}", Text("intake.email.question")),
        new(Email(conversation), Text("intake.phone.question")),
        new("nee", Text("intake.summary.question")),
        new("Klopt", Submitted),
    ];

    public string PhaseQuestion => Text("intake.phase.question");

    public string ClaimedCard(string coach) => Text("coaching.card.status.claimed") + " " + coach;

    /// <summary>The text up to its first Markdown mark or placeholder: what any rendering of it contains.</summary>
    private string Text(string key)
    {
        var text = texts.TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"bot/Texts/nl.json has no {key}.");
        var end = text.IndexOfAny(['*', '{', '_']);
        return (end < 0 ? text : text[..end]).TrimEnd();
    }
}
