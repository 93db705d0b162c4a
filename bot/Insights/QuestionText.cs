namespace TipBot.Bot.Insights;

/// <summary>Folds the ways people type the same question ("Boze bellers?" / "boze  bellers") into one key for counting.</summary>
public static class QuestionText
{
    public static string Normalize(string text)
    {
        var words = text.Trim().TrimEnd('?', '!', '.', ' ').ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
