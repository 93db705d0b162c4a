namespace TipBot.Indexer.Library;

/// <summary>Whether a text's white space is already what a "one space between words" rewrite would make of it.</summary>
internal static class SingleSpaced
{
    /// <summary>
    /// True when every white-space character is a space with no other white space before it: collapsing each run of
    /// white space into one space gives the text back, so the rewrite (and its copy) can be skipped.
    /// </summary>
    public static bool Is(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' '))) return false;
        }
        return true;
    }
}
