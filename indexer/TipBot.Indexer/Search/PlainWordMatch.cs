using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// BM25 of a question's words as typed, function words included, over a few candidates' whole text (title, summary, tags,
/// sections), each word's rarity and the mean length taken over those candidates only: the plain reading of a question that the
/// analysis (stop words, stems, synonyms, head-field boosts) does not give.
/// </summary>
/// <remarks>
/// A long question tells a situation in everyday words, and the tip about it often tells it in the same words ("moet ik de
/// ouders erbij halen"), while a tip about the context holds the situation's rare words in its title. Words are those of
/// <see cref="PhraseRuns"/> (runs of letters and digits, lower-cased, accents dropped), compared by hash. No table over the
/// library: a word every candidate holds weighs almost nothing, as in the phrase pass.
/// </remarks>
internal static class PlainWordMatch
{
    /// <summary>The most distinct words of a question that are read (later ones are left out).</summary>
    public const int MaxWords = 64;

    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Each document's score for <paramref name="question"/>, written to <paramref name="scores"/> (as long as <paramref name="documents"/>).</summary>
    public static void Scores(string question, IReadOnlyList<KnowledgeDocument> documents, Span<double> scores)
    {
        scores.Clear();
        Span<ulong> words = stackalloc ulong[MaxWords];
        var count = PhraseRuns.DistinctWords(question, words);
        var n = documents.Count;
        if (count == 0 || n == 0) return;
        words = words[..count];
        var counts = new int[n * count];
        var lengths = new int[n];
        var mean = 0.0;
        for (var d = 0; d < n; d++)
        {
            lengths[d] = CountIn(documents[d], words, counts.AsSpan(d * count, count));
            mean += lengths[d];
        }
        mean = Math.Max(1.0, mean / n);
        for (var w = 0; w < count; w++)
        {
            var holders = 0;
            for (var d = 0; d < n; d++) holders += counts[d * count + w] > 0 ? 1 : 0;
            if (holders == 0) continue;
            var idf = Math.Log(1 + (n - holders + 0.5) / (holders + 0.5));
            for (var d = 0; d < n; d++)
            {
                var tf = counts[d * count + w];
                if (tf > 0) scores[d] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[d] / mean));
            }
        }
    }

    // Adds how often each question word occurs in the document's text to counts; the number of words the text has.
    private static int CountIn(KnowledgeDocument document, ReadOnlySpan<ulong> words, Span<int> counts)
    {
        var length = PhraseRuns.CountWords(document.Title, words, counts) + PhraseRuns.CountWords(document.Summary, words, counts);
        var tags = document.Tags;
        for (var i = 0; i < tags.Count; i++) length += PhraseRuns.CountWords(tags[i], words, counts);
        var sections = document.Sections;
        if (sections.Count == 0) return length + PhraseRuns.CountWords(document.Body, words, counts);
        for (var i = 0; i < sections.Count; i++)
        {
            length += PhraseRuns.CountWords(sections[i].Heading, words, counts) + PhraseRuns.CountWords(sections[i].Text, words, counts);
        }
        return length;
    }
}
