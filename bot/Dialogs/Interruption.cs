using TipBot.Bot.Dialogs.Prompts;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Dialogs;

/// <summary>What a message means when it is not an answer to the step: help, back, stop, or a new question.</summary>
public enum Interruption
{
    None,
    Help,
    Back,
    Cancel,
    Question,
}

/// <summary>Recognises the interruptions in both languages, whatever the user's locale.</summary>
public sealed class InterruptionRecognizer(TextCatalog texts)
{
    private static readonly string[] QuestionStarts =
        ["hoe", "wat", "waarom", "welke", "wanneer", "waar", "wie", "kan", "kun", "mag", "heb", "hebben", "is", "zijn", "how", "what", "why", "which", "when", "where", "who", "can", "do", "does", "is", "are"];

    private readonly HashSet<string> _help = Words(texts, "intake.dialog.words.help");
    private readonly HashSet<string> _back = Words(texts, "intake.dialog.words.back");
    private readonly HashSet<string> _cancel = Words(texts, "intake.dialog.words.cancel");

    public Interruption Recognize(string text, bool answerMayBeAQuestion)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (_help.Contains(normalized) || text.Trim() == "?")
        {
            return Interruption.Help;
        }
        if (_back.Contains(normalized))
        {
            return Interruption.Back;
        }
        if (_cancel.Contains(normalized))
        {
            return Interruption.Cancel;
        }
        return !answerMayBeAQuestion && IsQuestion(text) ? Interruption.Question : Interruption.None;
    }

    /// <summary>A sentence of a few words that ends in "?" or opens with a question word.</summary>
    public static bool IsQuestion(string text)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && text.TrimEnd().EndsWith('?'))
        {
            return true;
        }
        return words.Length >= 4 && QuestionStarts.Contains(words[0]);
    }

    private static HashSet<string> Words(TextCatalog texts, string key) =>
        new[] { "nl", "en" }
            .SelectMany(l => texts.Get(l, key).Split('|'))
            .Select(TextNormalizer.Normalize)
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
