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
    public static SearchResources ForLibrary(IReadOnlyList<KnowledgeDocument> documents, string? synonymsText, string? englishText, ICollection<Diagnostic> diagnostics) =>
        ForLibrary(documents, TermLists.Start(synonymsText, englishText), diagnostics);

    /// <summary>Resources for a library whose term lists are already being read (<see cref="TermLists.Start"/>); their warnings go to <paramref name="diagnostics"/>.</summary>
    public static SearchResources ForLibrary(IReadOnlyList<KnowledgeDocument> documents, TermLists lists, ICollection<Diagnostic> diagnostics)
    {
        CompoundSplitter compounds;
        try
        {
            compounds = CompoundDictionary.FromDocuments(documents);
        }
        finally
        {
            lists.WaitQuietly();
        }
        var (synonyms, english) = lists.Result(diagnostics);
        return new SearchResources(compounds, synonyms, english);
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
