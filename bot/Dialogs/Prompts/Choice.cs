namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>One option of a choice prompt: a stable value, the label shown, and other words that mean it.</summary>
public sealed record Choice(string Value, string Label, IReadOnlyList<string>? Synonyms = null);
