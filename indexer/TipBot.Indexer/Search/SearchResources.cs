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
        var compounds = CompoundDictionary.FromDocuments(documents);
        var synonyms = synonymsText is null ? null : TermListReader.ReadRules(synonymsText, SynonymsFile, diagnostics);
        var english = englishText is null ? null : TermListReader.Read(englishText, EnglishFile, addEnglishPlurals: true, diagnostics);
        return new SearchResources(compounds, synonyms, english);
    }
}
