using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>Which side of the index an analyzer serves: questions also get the English list (and, in <see cref="QueryAnalysis"/>, the synonyms).</summary>
public enum AnalysisMode
{
    Index,
    Query,
    /// <summary>Normalisation only (no compounds, synonyms or stop words): used to read the term lists themselves.</summary>
    Terms,
}

/// <summary>
/// Dutch analysis: tokenize, lower-case, fold accents ("creëren" = "creeren"), split known compounds,
/// stop words (as written), Dutch stemming, and on the query side English-to-Dutch terms (read before the
/// question's stop words are dropped, see <see cref="StopWordMarkFilter"/>).
/// </summary>
/// <remarks>
/// Stemming comes before the term lists so "burgers" meets the rule written for "burger"; the lists are
/// read through the <see cref="AnalysisMode.Terms"/> chain so both sides are normalised the same way.
/// Synonyms are not part of either chain: <see cref="QueryAnalysis"/> expands the question's words with
/// <see cref="SynonymRules"/>, so documents are indexed as written (cheaper builds, one-way rules the right way round).
/// </remarks>
public sealed class DutchAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SearchResources _resources;
    private readonly AnalysisMode _mode;
    private readonly bool _cacheWords;
    private readonly bool _rememberSteps;

    public SearchResources Resources => _resources;

    public DutchAnalyzer(SearchResources resources, AnalysisMode mode) : this(resources, mode, cacheWords: mode == AnalysisMode.Index)
    {
    }

    /// <param name="cacheWords">Run each distinct word's steps once (<see cref="CachedWordFilter"/>); the index side does.</param>
    /// <param name="rememberSteps">Whether the compound and stemming steps remember each word's result (per token stream).</param>
    internal DutchAnalyzer(SearchResources resources, AnalysisMode mode, bool cacheWords, bool rememberSteps = true)
    {
        _resources = resources;
        _mode = mode;
        _cacheWords = cacheWords;
        _rememberSteps = rememberSteps;
    }

    /// <summary>
    /// The index chain for a caller that remembers each word's terms itself (<see cref="WordTerms"/>): the same terms, without
    /// the chain's own per-word tables. Those only repeated the caller's, and each grew on a search's path: a table of tens of
    /// thousands of words doubling in one question cost it 2-12 ms.
    /// </summary>
    public static DutchAnalyzer WordByWord(SearchResources resources) => new(resources, AnalysisMode.Index, cacheWords: false, rememberSteps: false);

    /// <summary>The plain normalising chain (tokenize, lower-case, fold, stem).</summary>
    public static DutchAnalyzer ForTerms() => new(SearchResources.Empty, AnalysisMode.Terms);

    /// <summary>The normalising chain without stop words: how a synonym rule's words are read, as a question's are.</summary>
    public static DutchAnalyzer ForRules() => new(SearchResources.Empty, AnalysisMode.Index);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        var ts = Normalise(source);
        // Documents repeat their words: the index side runs a word's steps once and replays them.
        ts = _cacheWords ? new CachedWordFilter(ts, WordSteps, Normalise) : WordSteps(ts);
        if (_mode == AnalysisMode.Query)
        {
            // The English list reads the question with its stop words (its phrases are written with them: "fill in",
            // "point of contact"); a key or a Dutch word of the list that is only stop words is never read
            // (TermListReader), so "tips" or "how" never turn into Dutch content words. Then the stop words go.
            if (_resources.English is { } english) ts = new SynonymFilter(ts, english, true);
            ts = new MarkedStopWordFilter(ts);
        }
        return new TokenStreamComponents(source, ts);
    }

    /// <summary>The steps that look at one character at a time: lower case, accents folded.</summary>
    private static TokenStream Normalise(TokenStream ts) => new ASCIIFoldingFilter(new LowerCaseFilter(Version, ts));

    /// <summary>The steps that look at one word at a time: compound parts, possessive, stop words, stemming.</summary>
    private TokenStream WordSteps(TokenStream ts)
    {
        if (_mode != AnalysisMode.Terms && _resources.Compounds.Count > 0)
        {
            ts = new CompoundSplitFilter(ts, _resources.Compounds, forQuery: _mode == AnalysisMode.Query, remember: _rememberSteps);
        }
        ts = new PossessiveFilter(ts);
        if (_mode == AnalysisMode.Index)
        {
            ts = new StopFilter(Version, ts, DutchStopWords.Surface);
        }
        else if (_mode == AnalysisMode.Query)
        {
            // The question keeps the stop words the English list's phrases use, for the list.
            ts = new StopWordMarkFilter(ts, _resources.English is { } english ? EnglishKeyStopWords.Of(english) : CharArraySet.Empty);
        }
        else
        {
            // How the list itself is read: its phrases keep their stop words, as written.
            ts = new StopWordMarkFilter(ts, kept: null);
        }
        return DutchStemming.Apply(ts, _rememberSteps);
    }
}
