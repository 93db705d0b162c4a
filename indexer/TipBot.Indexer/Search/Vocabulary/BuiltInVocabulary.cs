using System.Reflection;

namespace TipBot.Indexer.Search;

/// <summary>
/// The engine's own term lists, shipped inside the indexer: general Dutch public-service synonyms, everyday words
/// for its terms, and an English-Dutch list. Every library gets them; its own synonyms.txt and english-dutch.txt add to them.
/// </summary>
/// <remarks>
/// Written as general vocabulary of Dutch government and public service, not from any library's questions: a
/// library without an english-dutch.txt (or with a short synonyms.txt) should still be found in English and in
/// the everyday words for its jargon.
/// </remarks>
public static class BuiltInVocabulary
{
    /// <summary>How diagnostics name the built-in lists (they are tested to have none).</summary>
    public const string DisplayPrefix = "(built-in) ";

    public static string Synonyms => SynonymsText.Value;

    public static string English => EnglishText.Value;

    /// <summary>Everyday words for the terms tips use (one way; see <see cref="EverydayWords"/>), read with the synonyms.</summary>
    public static string Everyday => EverydayText.Value;

    private static readonly Lazy<string> SynonymsText = new(() => Read(SearchResources.SynonymsFile));
    private static readonly Lazy<string> EnglishText = new(() => Read(SearchResources.EnglishFile));
    private static readonly Lazy<string> EverydayText = new(() => Read(SearchResources.EverydayFile));

    private static string Read(string file)
    {
        var name = "TipBot.Indexer.Vocabulary." + file;
        using var stream = typeof(BuiltInVocabulary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the indexer was built without its resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
