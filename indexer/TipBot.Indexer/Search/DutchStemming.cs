using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TipBot.Indexer.Search;

/// <summary>
/// The Dutch stemmer. Kraaij-Pohlmann was chosen by measurement over Snowball's Dutch stemmer: on pairs such
/// as brief/brieven, huis/huizen, vraag/vragen, schrijf/schrijven, organisatie/organisaties and
/// collega/collega's it conflates 33 of 39 pairs where Snowball Dutch conflates 24, and it scored higher
/// on the evaluation queries (docs/eval.md).
/// </summary>
public static class DutchStemming
{
    /// <summary>Which stemmer new analyzers use; switchable only to measure the alternative.</summary>
    public static bool UseSnowball { get; set; }

    public static SnowballProgram Create() => UseSnowball ? new DutchStemmer() : new KpStemmer();

    public static string Stem(string word)
    {
        var stemmer = Create();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
