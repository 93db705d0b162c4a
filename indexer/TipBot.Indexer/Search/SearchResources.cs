using Lucene.Net.Analysis.Synonym;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>What the analyzers need besides code: the compound parts and the two term lists of a library.</summary>
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

    /// <summary>Resources for a library: compound parts from its words, and its two term lists (text may be null).</summary>
    public static SearchResources ForLibrary(IReadOnlyList<KnowledgeDocument> documents, string? synonymsText, string? englishText, ICollection<Diagnostic> diagnostics)
    {
        // The two lists are read on their own thread while the library's words are collected: reading them is serial
        // work (and, in a fresh process, mostly compiling their code) that would otherwise leave a core idle.
        // They report to the diagnostics one after the other, as before; nothing else writes there meanwhile.
        var lists = Task.Factory.StartNew(() => (
            synonymsText is null ? null : TermListReader.ReadRules(synonymsText, SynonymsFile, diagnostics),
            englishText is null ? null : TermListReader.Read(englishText, EnglishFile, addEnglishPlurals: true, diagnostics)),
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
