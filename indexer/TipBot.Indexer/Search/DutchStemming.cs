using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TipBot.Indexer.Search;

/// <summary>Which Dutch stemmer the analyzers use.</summary>
public enum DutchStemmerKind
{
    /// <summary>Snowball Dutch plus repairs of its known misses (brieven/brief, huizen/huis, collega's).</summary>
    SnowballRepaired,
    Snowball,
    /// <summary>Kraaij-Pohlmann: conflates more, but strips "ge" inside words ("gemeente" = "mening").</summary>
    KraaijPohlmann,
}

/// <summary>The Dutch stemming step of <see cref="DutchAnalyzer"/>; the choice is made by measurement (docs/eval.md).</summary>
public static class DutchStemming
{
    /// <summary>Which stemmer new analyzers use; switchable only to measure the alternatives.</summary>
    public static DutchStemmerKind Kind { get; set; } = DutchStemmerKind.SnowballRepaired;

    /// <param name="remember">Keep each word's stem (false when the caller remembers each word's terms itself).</param>
    public static TokenStream Apply(TokenStream input, bool remember = true) => Kind switch
    {
        DutchStemmerKind.KraaijPohlmann => new SnowballFilter(input, new KpStemmer()),
        DutchStemmerKind.Snowball => new SnowballFilter(input, new DutchStemmer()),
        _ => new CachedStemFilter(input, remember),
    };

    public static string Stem(string word)
    {
        SnowballProgram stemmer = Kind == DutchStemmerKind.KraaijPohlmann ? new KpStemmer() : new DutchStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return Kind == DutchStemmerKind.SnowballRepaired ? StemRepair.Repair(stemmer.Current) : stemmer.Current;
    }

    /// <summary>
    /// Snowball Dutch, then <see cref="StemRepair"/>, remembered per word: a library repeats a few tens of thousands
    /// of words millions of times, and the stemmer (one string per token) was a large part of a build's analysis.
    /// </summary>
    /// <remarks>One instance per token stream, so per analysing thread: the cache needs no lock.</remarks>
    private sealed class CachedStemFilter : TokenFilter
    {
        // Far above a library's vocabulary; only a pathological text (every token new) reaches it.
        private const int MaxCached = 200_000;

        private readonly ICharTermAttribute _term;
        private readonly IKeywordAttribute _keyword;
        private readonly DutchStemmer _stemmer = new();
        private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly bool _remember;

        public CachedStemFilter(TokenStream input, bool remember) : base(input)
        {
            _remember = remember;
            _term = AddAttribute<ICharTermAttribute>();
            _keyword = AddAttribute<IKeywordAttribute>();
            _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            if (_keyword.IsKeyword) return true;
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (!_lookup.TryGetValue(word, out var stem))
            {
                var key = word.ToString();
                _stemmer.SetCurrent(key);
                _stemmer.Stem();
                stem = StemRepair.Repair(_stemmer.Current);
                if (_remember)
                {
                    if (_stems.Count >= MaxCached) _stems.Clear();
                    _stems[key] = stem;
                }
            }
            if (!word.SequenceEqual(stem)) _term.SetEmpty().Append(stem);
            return true;
        }
    }

    /// <summary>
    /// Snowball Dutch leaves the spelling alternations of Dutch plurals apart: f/v (brief, brieven),
    /// s/z (huis, huizen; boos, boze), -ies (organisaties) and -nissen (gebeurtenissen). This joins them.
    /// </summary>
    private static class StemRepair
    {
        public static string Repair(string stem)
        {
            if (stem.Length < 4) return stem;
            if (stem.EndsWith("ies", StringComparison.Ordinal)) return stem[..^1];
            if (stem.EndsWith("ss", StringComparison.Ordinal)) return stem[..^1];
            return stem[^1] switch
            {
                'v' => stem[..^1] + "f",
                'z' => stem[..^1] + "s",
                _ => stem,
            };
        }
    }
}
