namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>Free text between a minimum and maximum length; optionally skippable ("overslaan").</summary>
public sealed class TextPrompt : Prompt
{
    public int MinLength { get; init; } = 2;

    public int MaxLength { get; init; } = 500;

    public bool AllowQuestions { get; init; }

    /// <summary>Words that mean "nothing to give" for an optional answer; empty when the answer is required.</summary>
    public IReadOnlyList<string> SkipWords { get; init; } = [];

    public override bool AcceptsQuestions => AllowQuestions;

    public override PromptResult Recognize(UserInput input)
    {
        var text = input.Text.Trim();
        if (SkipWords.Count > 0 && SkipWords.Any(w => TextNormalizer.Normalize(w) == TextNormalizer.Normalize(text)))
        {
            return PromptResult.Ok(null);
        }
        return text.Length >= MinLength && text.Length <= MaxLength ? PromptResult.Ok(text) : PromptResult.Invalid();
    }
}
