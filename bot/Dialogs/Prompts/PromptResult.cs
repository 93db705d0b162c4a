namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>A recognised answer, or why it was not (a hint for the re-ask).</summary>
public sealed record PromptResult(bool Succeeded, object? Value, string? Hint)
{
    public static PromptResult Ok(object? value) => new(true, value, null);

    public static PromptResult Invalid(string? hint = null) => new(false, null, hint);
}
