using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using LuceneDutchAnalyzer = Lucene.Net.Analysis.Nl.DutchAnalyzer;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>Words that carry no topic: Dutch function words, question words users type, and English ones for English questions.</summary>
public static class DutchStopWords
{
    // Users ask questions; these words appear in almost every one and in no tip's topic.
    private static readonly string[] QuestionWords =
    [
        "hoe", "wat", "welke", "welk", "waarom", "wanneer", "waar", "wie", "waarmee", "waardoor",
        "ik", "jij", "je", "jou", "jouw", "we", "wij", "onze", "ons", "mijn", "m'n", "mij",
        "kun", "kunt", "kan", "kunnen", "moet", "moeten", "mag", "wil", "wilt", "willen",
        "graag", "iets", "even", "eigenlijk", "zoek", "zoeken", "krijg", "tip", "tips",
        "doe", "doen", "gaat", "gaan", "ga", "er", "eens", "best", "beste", "daar", "dit", "deze",
        "zo", "nou", "toch", "heel", "erg", "echt", "ben", "bent", "zijn", "is", "hebt", "heb",
        "please", "tips", "tip", "how", "what", "which", "why", "when", "where", "who",
        "i", "me", "my", "we", "our", "us", "you", "your", "can", "could", "should", "would",
        "do", "does", "did", "get", "make", "some", "any", "about", "from", "more", "have", "has",
    ];

    /// <summary>The unstemmed list (lower-case, accent-folded).</summary>
    public static IReadOnlyCollection<string> Words { get; } = BuildWords();

    /// <summary>The same words after Dutch stemming, for a stop filter placed after the stemmer.</summary>
    public static CharArraySet Stemmed => DutchStemming.UseSnowball ? SnowballStemmed.Value : KpStemmed.Value;

    private static readonly Lazy<CharArraySet> KpStemmed = new(BuildStemmed);
    private static readonly Lazy<CharArraySet> SnowballStemmed = new(BuildStemmed);

    private static HashSet<string> BuildWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in LuceneDutchAnalyzer.DefaultStopSet) words.Add(Text(w));
        foreach (var w in StopAnalyzer.ENGLISH_STOP_WORDS_SET) words.Add(Text(w));
        foreach (var w in QuestionWords) words.Add(w);
        return words;
    }

    private static CharArraySet BuildStemmed()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 256, false);
        var stemmer = DutchStemming.Create();
        foreach (var w in Words)
        {
            stemmer.SetCurrent(w);
            stemmer.Stem();
            set.Add(stemmer.Current);
        }
        return set.AsReadOnly();
    }

    private static string Text(object o) => o is char[] c ? new string(c) : o.ToString() ?? "";
}
