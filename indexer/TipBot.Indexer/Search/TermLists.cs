using Lucene.Net.Analysis.Synonym;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>The engine's two term lists extended by a library's own, read on a thread of their own while the build does other work.</summary>
/// <remarks>
/// The lists do not depend on the library's documents, so a build starts reading them before it parses: reading them is
/// serial work (in a fresh process mostly compiling Lucene's synonym code) that left a core idle after the documents'
/// words were collected. Their warnings are kept apart and handed over by <see cref="Result"/>, in file order, so a
/// build's diagnostics read as if the lists had been read after the documents.
/// </remarks>
public sealed class TermLists
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Task<(SynonymRules? Synonyms, SynonymMap? English)> _reading;

    private TermLists(string? synonymsText, string? englishText)
    {
        _reading = Task.Factory.StartNew(() => (
            TermListReader.RulesOf(WithLibrary(BuiltInSynonymLines.Value, synonymsText, SearchResources.SynonymsFile, addEnglishPlurals: false), BuiltInEverydayLines.Value),
            TermListReader.MapOf(WithLibrary(BuiltInEnglishLines.Value, englishText, SearchResources.EnglishFile, addEnglishPlurals: true))),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Starts reading the built-in lists with a library's own two (text may be null).</summary>
    public static TermLists Start(string? synonymsText, string? englishText) => new(synonymsText, englishText);

    /// <summary>Waits for the lists; adds their warnings to <paramref name="diagnostics"/>; throws what reading them threw.</summary>
    public (SynonymRules? Synonyms, SynonymMap? English) Result(ICollection<Diagnostic> diagnostics)
    {
        WaitQuietly();
        foreach (var d in _diagnostics) diagnostics.Add(d);
        return _reading.GetAwaiter().GetResult();
    }

    /// <summary>Waits for the lists to be read without throwing: their error is read where their result is.</summary>
    internal void WaitQuietly() => SearchResources.WaitQuietly(_reading);

    // The built-in lists are checked once per process; their lines are tested to be all good (no diagnostics).
    private static readonly Lazy<List<string>> BuiltInSynonymLines = new(() =>
        TermListReader.GoodLines(BuiltInVocabulary.Synonyms, BuiltInVocabulary.DisplayPrefix + SearchResources.SynonymsFile, addEnglishPlurals: false, new List<Diagnostic>()));
    // The everyday words are synonym rules too (one way, each word keeping itself), without typo matching.
    private static readonly Lazy<List<string>> BuiltInEverydayLines = new(() =>
        EverydayWords.AsAddingRules(TermListReader.GoodLines(BuiltInVocabulary.Everyday, BuiltInVocabulary.DisplayPrefix + SearchResources.EverydayFile, addEnglishPlurals: false, new List<Diagnostic>())));
    private static readonly Lazy<List<string>> BuiltInEnglishLines = new(() =>
        TermListReader.GoodLines(BuiltInVocabulary.English, BuiltInVocabulary.DisplayPrefix + SearchResources.EnglishFile, addEnglishPlurals: true, new List<Diagnostic>()));

    /// <summary>
    /// The built-in lines followed by the library's own (checked, each bad line a warning with its line number):
    /// a library's list extends the engine's; a word on a line of both gets the words of both.
    /// </summary>
    private List<string> WithLibrary(List<string> builtIn, string? libraryText, string file, bool addEnglishPlurals)
    {
        if (libraryText is null) return builtIn;
        var lines = new List<string>(builtIn);
        lines.AddRange(TermListReader.GoodLines(libraryText, file, addEnglishPlurals, _diagnostics));
        return lines;
    }
}
