namespace TipBot.Indexer.Search;

/// <summary>
/// The tokens of the library's first sections, learnt at open: each section's plain text as <see cref="WordTerms.Tokens"/>
/// gives it, kept per snapshot, so a snippet of one of them replays its tokens (<see cref="WordTerms.Replay"/>) instead of
/// cutting the text into words and looking each word up in the word table, which was most of a snippet's time.
/// </summary>
/// <remarks>
/// Learning the tokens is what teaches the word table the sections' words (the same walk as before, the tokens kept). A
/// section is found by its text's reference: the snippet of a best section is given that document's own section text.
/// The table is published once learning ends; until then, and for a section it does not hold, snippets read the text.
/// </remarks>
internal sealed class SectionTokens
{
    private Dictionary<string, SnippetToken[]>? _known;

    /// <summary>How many sections' tokens are kept (0 until learning has ended).</summary>
    public int Count => Volatile.Read(ref _known)?.Count ?? 0;

    /// <summary>
    /// Learns the tokens of <paramref name="sections"/> (section markdown, in order) through <paramref name="words"/>. Stops when
    /// <paramref name="stop"/> says so, or once half the words the table can remember are known (<see cref="WordTerms.CanLearn"/>).
    /// </summary>
    public void Learn(IEnumerable<string> sections, WordTerms words, Func<bool> stop)
    {
        var known = new Dictionary<string, SnippetToken[]>(ReferenceEqualityComparer.Instance);
        try
        {
            foreach (var markdown in sections)
            {
                if (stop() || !words.CanLearn) return;
                known.TryAdd(markdown, words.Tokens(PlainText.FromMarkdown(markdown)));
            }
        }
        finally
        {
            Volatile.Write(ref _known, known);
        }
    }

    /// <summary>The tokens of the plain text of the section whose markdown is <paramref name="sectionMarkdown"/> (this very string), when learnt.</summary>
    public SnippetToken[]? Of(string sectionMarkdown) =>
        Volatile.Read(ref _known) is { } known && known.TryGetValue(sectionMarkdown, out var tokens) ? tokens : null;
}
