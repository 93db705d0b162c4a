using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The built-in everyday words: plain descriptions of a situation also search the words tips use for it, one way.</summary>
public sealed class EverydayWordsTests
{
    private static readonly KnowledgeDocument[] Docs =
    [
        SampleLibrary.Doc("agressie", DocumentKind.Tip, "Stel een grens bij agressie aan de balie", "Blijf rustig en wees duidelijk.", ["agressie"],
            ("", "Een inwoner die agressief wordt, spreek je rustig aan op zijn gedrag.")),
        SampleLibrary.Doc("schulden", DocumentKind.Tip, "Signaleer schulden vroeg", "Ga langs voordat het misgaat.", ["schulden"],
            ("", "Wie een betalingsachterstand heeft, schaamt zich vaak om hulp te vragen.")),
        SampleLibrary.Doc("formulieren", DocumentKind.Tip, "Maak formulieren korter", "Vraag alleen wat nodig is.", ["formulieren"],
            ("", "Lange formulieren schrikken mensen af.")),
    ];

    private static SynonymRules Rules() =>
        TermListReader.RulesOf(EverydayWords.AsAddingRules(TermListReader.GoodLines(BuiltInVocabulary.Everyday, "everyday", addEnglishPlurals: false, new List<Diagnostic>())))!;

    private static string Stem(string word) => AnalyzedText.Of(DutchAnalyzer.ForRules(), IndexFields.Body, word).Terms.Single();

    [Fact]
    public void TheListReadsWithoutAnyWarning()
    {
        var diagnostics = new List<Diagnostic>();
        TermListReader.GoodLines(BuiltInVocabulary.Everyday, "everyday", addEnglishPlurals: false, diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void EachPlainWordKeepsItselfBesideTheTermsItAdds()
    {
        Assert.Equal(["gillen => gillen, agressie, boos", "tiert => tiert, agressie, boos", "brief, brieven"],
            EverydayWords.AsAddingRules(["gillen, tiert => agressie, boos", "brief, brieven"]));
    }

    [Theory]
    [InlineData("schreeuwt", "agressie")]
    [InlineData("geschreeuwd", "agressie")]
    [InlineData("scheldt", "agressie")]
    [InlineData("papierwerk", "formulier")]
    [InlineData("blut", "schuld")]
    [InlineData("schuldenberg", "schuld")]
    [InlineData("aankloppen", "drempel")]
    [InlineData("folders", "communicatie")]
    public void TheFormsPeopleTypeReachTheTermsOfTheLibrary(string word, string term)
    {
        var expansion = Rules().Expand(Stem(word));
        Assert.NotNull(expansion);
        Assert.Contains(Stem(word), expansion);
        Assert.Contains(Stem(term), expansion);
    }

    [Fact]
    public void TheRulesWorkOneWay()
    {
        // Asking in the library's own words does not spread to every plain word for it.
        var rules = Rules();
        Assert.DoesNotContain(Stem("woest"), rules.Expand(Stem("boos")) ?? []);
        Assert.DoesNotContain(Stem("blut"), rules.Expand(Stem("schulden")) ?? []);
    }

    [Fact]
    public void ATypoIsNotTakenForAnEverydayWord()
    {
        // "verdieping" is within two letters of "verlies" (an everyday word for a death), but it is another word.
        var rules = SynonymRules.FromLines(["kcc, klantcontactcentrum"], DutchAnalyzer.ForRules(), exactLines: ["verlies => verlies, overlijden"]);
        Assert.NotNull(rules.Expand(Stem("verlies")));
        Assert.Null(rules.Near(Stem("verdieping")));
        Assert.NotNull(rules.Near(Stem("klantcontactcentrm")));
    }

    [Theory]
    [InlineData("iemand stond tegen me te schreeuwen bij de receptie", "agressie")]
    [InlineData("een inwoner is blut en kan zijn rekeningen niet betalen", "schulden")]
    [InlineData("al dat papierwerk voor een aanvraag", "formulieren")]
    public void APlainDescriptionFindsTheTipInTheLibrarysWords(string question, string id)
    {
        using var engine = TipSearchEngine.InMemory(Docs, SearchResources.ForLibrary(Docs, null, null, new List<Diagnostic>()));
        var result = engine.Search(new SearchQuery(question));
        Assert.Equal(id, result.Hits[0].Id);
    }
}
