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

    public static TokenStream Apply(TokenStream input) => Kind switch
    {
        DutchStemmerKind.KraaijPohlmann => new SnowballFilter(input, new KpStemmer()),
        DutchStemmerKind.Snowball => new SnowballFilter(input, new DutchStemmer()),
        _ => new StemRepairFilter(new SnowballFilter(input, new DutchStemmer())),
    };

    public static string Stem(string word)
    {
        SnowballProgram stemmer = Kind == DutchStemmerKind.KraaijPohlmann ? new KpStemmer() : new DutchStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return Kind == DutchStemmerKind.SnowballRepaired ? StemRepairFilter.Repair(stemmer.Current) : stemmer.Current;
    }

    /// <summary>
    /// Snowball Dutch leaves the spelling alternations of Dutch plurals apart: f/v (brief, brieven),
    /// s/z (huis, huizen; boos, boze), -ies (organisaties) and -nissen (gebeurtenissen). This joins them.
    /// </summary>
    private sealed class StemRepairFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IKeywordAttribute _keyword;

        public StemRepairFilter(TokenStream input) : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _keyword = AddAttribute<IKeywordAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            if (_keyword.IsKeyword) return true;
            var current = _term.ToString();
            var repaired = Repair(current);
            if (!ReferenceEquals(current, repaired) && current != repaired) _term.SetEmpty().Append(repaired);
            return true;
        }

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
