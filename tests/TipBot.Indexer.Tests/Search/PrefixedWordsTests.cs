using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// A question word the library lacks that is a prefix before a word the library uses ("versterken" = ver + sterk) is a real
/// word, not a typo of the built-in rule's word a letter away ("verstrekken"); a typo still gets the rule.
/// </summary>
public sealed class PrefixedWordsTests : IDisposable
{
    private readonly TipSearchEngine _engine = TipSearchEngine.InMemory(
    [
        SampleLibrary.Doc("dijk", DocumentKind.Tip, "Leg uit waarom de dijk sterk moet zijn", "Bewoners willen weten wat er in hun buurt gebeurt.", ["communicatie"],
            ("", "Vertel welke weg de bouwverkeer neemt en hoe lang het werk duurt.")),
        SampleLibrary.Doc("hulp", DocumentKind.Tip, "Laat inwoners zien welke hulp er is", "Een overzicht helpt mensen op weg.", ["dienstverlening"],
            ("", "Noem per regeling wat iemand kan krijgen en waar het aan te vragen is.")),
    ]);

    public void Dispose() => _engine.Dispose();

    private static string Stem(string word) => DutchStemming.Stem(word);

    [Theory]
    [InlineData("versterken", "verstrekken")]
    [InlineData("onderweg", "ondernemer")]
    public void ARealWordFormedFromALibraryWordIsNoTypoOfARuleWord(string word, string ruleWord)
    {
        var g = Assert.Single(QueryAnalysis.Analyze(_engine.Snapshot, word));
        Assert.True(g.Unknown);
        Assert.DoesNotContain(Stem(ruleWord), g.Alternatives);
    }

    [Theory]
    [InlineData("verstrekkn", "verstrekken")]
    [InlineData("ondernemr", "ondernemer")]
    public void ATypoOfARuleWordStillGetsTheRule(string typo, string ruleWord) =>
        Assert.Contains(Stem(ruleWord), Assert.Single(QueryAnalysis.Analyze(_engine.Snapshot, typo)).Alternatives);

    [Theory]
    [InlineData("versterk", true)]
    [InlineData("onderweg", true)]
    [InlineData("verstrekk", false)] // "strekk" is no word of the library
    [InlineData("onderwg", false)] // the rest after "onder" is too short
    [InlineData("beler", false)] // too short a word: "beller" mistyped as often as "be" + "ler"
    public void IsFormedReadsAPrefixBeforeAKnownWord(string stem, bool formed) =>
        Assert.Equal(formed, PrefixedWords.IsFormed(stem, w => w is "sterk" or "weg" or "wg" or "ler"));
}
