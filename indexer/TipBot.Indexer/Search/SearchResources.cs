using Lucene.Net.Analysis.Synonym;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>What the analyzers need besides code: the compound parts, and the engine's two term lists extended by the library's own.</summary>
public sealed class SearchResources
{
    public static SearchResources Empty { get; } = new(new CompoundSplitter([]), null, null);

    public SearchResources(CompoundSplitter compounds, SynonymRules? synonyms, SynonymMap? english)
    {
        Compounds = compounds;
        Synonyms = synonyms;
        English = english;
    }

    public CompoundSplitter Compounds { get; }
    /// <summary>synonyms.txt, applied to questions only.</summary>
    public SynonymRules? Synonyms { get; }
    public SynonymMap? English { get; }

    public const string SynonymsFile = "synonyms.txt";
    public const string EnglishFile = "english-dutch.txt";
    /// <summary>The built-in list of everyday words for the library's terms (<see cref="EverydayWords"/>); a library has no file of its own for it.</summary>
    public const string EverydayFile = "everyday-words.txt";

    /// <summary>Resources for a library: compound parts from its words, and the built-in term lists (<see cref="BuiltInVocabulary"/>) with its own two added (text may be null).</summary>
    public static SearchResources ForLibrary(IReadOnlyList<KnowledgeDocument> documents, string? synonymsText, string? englishText, ICollection<Diagnostic> diagnostics)
    {
        // The two lists are read on their own thread while the library's words are collected: reading them is serial
        // work (and, in a fresh process, mostly compiling their code) that would otherwise leave a core idle.
        // They report to the diagnostics one after the other, as before; nothing else writes there meanwhile.
        var lists = Task.Factory.StartNew(() => (
            TermListReader.RulesOf(WithLibrary(BuiltInSynonymLines.Value, synonymsText, SynonymsFile, addEnglishPlurals: false, diagnostics), BuiltInEverydayLines.Value),
            TermListReader.MapOf(WithLibrary(BuiltInEnglishLines.Value, englishText, EnglishFile, addEnglishPlurals: true, diagnostics))),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        CompoundSplitter compounds;
        try
        {
            compounds = CompoundDictionary.FromDocuments(documents);
        }
        finally
        {
            WaitQuietly(lists);
        }
        var (synonyms, english) = lists.GetAwaiter().GetResult();
        return new SearchResources(compounds, synonyms, english);
    }

    // The built-in lists are checked once per process; their lines are tested to be all good (no diagnostics).
    private static readonly Lazy<List<string>> BuiltInSynonymLines = new(() =>
        TermListReader.GoodLines(BuiltInVocabulary.Synonyms, BuiltInVocabulary.DisplayPrefix + SynonymsFile, addEnglishPlurals: false, new List<Diagnostic>()));
    // The everyday words are synonym rules too (one way, each word keeping itself), without typo matching.
    private static readonly Lazy<List<string>> BuiltInEverydayLines = new(() =>
        EverydayWords.AsAddingRules(TermListReader.GoodLines(BuiltInVocabulary.Everyday, BuiltInVocabulary.DisplayPrefix + EverydayFile, addEnglishPlurals: false, new List<Diagnostic>())));
    private static readonly Lazy<List<string>> BuiltInEnglishLines = new(() =>
        TermListReader.GoodLines(BuiltInVocabulary.English, BuiltInVocabulary.DisplayPrefix + EnglishFile, addEnglishPlurals: true, new List<Diagnostic>()));

    /// <summary>
    /// The built-in lines followed by the library's own (checked, each bad line a warning with its line number):
    /// a library's list extends the engine's; a word on a line of both gets the words of both.
    /// </summary>
    private static List<string> WithLibrary(List<string> builtIn, string? libraryText, string file, bool addEnglishPlurals, ICollection<Diagnostic> diagnostics)
    {
        if (libraryText is null) return builtIn;
        var lines = new List<string>(builtIn);
        lines.AddRange(TermListReader.GoodLines(libraryText, file, addEnglishPlurals, diagnostics));
        return lines;
    }

    /// <summary>The two term lists a folder holds (a knowledge folder, or an index generation's copies), each null when absent.</summary>
    public static (string? Synonyms, string? English) ListsIn(string folder) =>
        (ReadIfExists(Path.Combine(folder, SynonymsFile)), ReadIfExists(Path.Combine(folder, EnglishFile)));

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    /// <summary>Checks a library folder's own two term lists (when present) as a build reads them: each bad line a warning naming the file and line.</summary>
    public static void CheckLists(string knowledgeFolder, ICollection<Diagnostic> diagnostics)
    {
        var (synonyms, english) = ListsIn(knowledgeFolder);
        if (synonyms is not null) TermListReader.GoodLines(synonyms, SynonymsFile, addEnglishPlurals: false, diagnostics);
        if (english is not null) TermListReader.GoodLines(english, EnglishFile, addEnglishPlurals: true, diagnostics);
    }

    /// <summary>Waits for <paramref name="task"/> to end without throwing: its own error is read where its result is.</summary>
    internal static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
        }
    }
}
