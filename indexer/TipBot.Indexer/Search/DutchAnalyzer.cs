using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>Which side of the index an analyzer serves: synonyms expand documents, the English list rewrites questions.</summary>
public enum AnalysisMode
{
    Index,
    Query,
    /// <summary>Normalisation only (no compounds, synonyms or stop words): used to read the term lists themselves.</summary>
    Terms,
}

/// <summary>
/// Dutch analysis: tokenize, lower-case, fold accents ("creëren" = "creeren"), split known compounds,
/// Dutch stemming, synonyms (index side) or English-to-Dutch terms (query side), stop words.
/// </summary>
/// <remarks>
/// Stemming comes before the term lists so "burgers" meets the rule written for "burger"; the lists are
/// read through the <see cref="AnalysisMode.Terms"/> chain so both sides are normalised the same way.
/// Stop words are removed last (their stemmed forms) so multi-word synonyms may contain them.
/// </remarks>
public sealed class DutchAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SearchResources _resources;
    private readonly AnalysisMode _mode;

    public DutchAnalyzer(SearchResources resources, AnalysisMode mode)
    {
        _resources = resources;
        _mode = mode;
    }

    /// <summary>The plain normalising chain (tokenize, lower-case, fold, stem).</summary>
    public static DutchAnalyzer ForTerms() => new(SearchResources.Empty, AnalysisMode.Terms);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream ts = new LowerCaseFilter(Version, source);
        ts = new ASCIIFoldingFilter(ts);
        if (_mode != AnalysisMode.Terms && _resources.Compounds.Count > 0)
        {
            ts = new CompoundSplitFilter(ts, _resources.Compounds, forQuery: _mode == AnalysisMode.Query);
        }
        ts = new PossessiveFilter(ts);
        ts = DutchStemming.Apply(ts);
        if (_mode == AnalysisMode.Index && _resources.Synonyms is { } synonyms)
        {
            ts = new SynonymFilter(ts, synonyms, true);
        }
        if (_mode != AnalysisMode.Terms)
        {
            ts = new StopFilter(Version, ts, DutchStopWords.Stemmed);
        }
        // After the stop words, so "tips" or "how" never turn into Dutch content words.
        if (_mode == AnalysisMode.Query && _resources.English is { } english)
        {
            ts = new SynonymFilter(ts, english, true);
        }
        return new TokenStreamComponents(source, ts);
    }
}
