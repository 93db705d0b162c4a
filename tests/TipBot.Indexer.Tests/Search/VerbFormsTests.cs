using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class VerbFormsTests
{
    [Theory]
    [InlineData("gehoord", "horen")]
    [InlineData("hoorden", "horen")]
    [InlineData("gebeld", "bellen")]
    [InlineData("voelde", "voelen")]
    [InlineData("teleurgesteld", "teleurstellen")]
    [InlineData("opgelost", "oplossen")]
    public void APastFormGetsTheStemOfItsPresentForm(string past, string present)
    {
        Assert.Contains(DutchStemming.Stem(present), VerbForms.Candidates(DutchStemming.Stem(past)));
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("brief")]
    [InlineData("gesprek")]
    public void AWordThatIsNoPastFormGetsNone(string word)
    {
        Assert.Empty(VerbForms.Candidates(DutchStemming.Stem(word)));
    }

    [Fact]
    public void ARareQuestionWordInThePastTenseMeetsTheTipInThePresent()
    {
        IReadOnlyList<KnowledgeDocument> docs =
        [
            SampleLibrary.Doc("terugkoppelen", DocumentKind.Tip, "Koppel terug", "Mensen willen horen wat er met hun inbreng gebeurt.", ["participatie"],
                ("", "Wie meedenkt, wil daarna horen wat er met zijn idee is gedaan.")),
            SampleLibrary.Doc("wijkgesprek", DocumentKind.Tip, "Organiseer een wijkgesprek", "Kies een plek in de wijk.", ["participatie"],
                ("", "Een avond in het buurthuis met koffie.")),
        ];
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs));
        var s = engine.Snapshot;
        var heard = QueryAnalysis.Analyze(s, "deelnemers hoorden er nooit meer iets van").Single(g => g.Alternatives.Contains(DutchStemming.Stem("hoorden")));
        Assert.Contains(DutchStemming.Stem("horen"), heard.Alternatives);
        Assert.Equal("terugkoppelen", engine.Search(new SearchQuery("deelnemers hoorden er nooit meer iets van")).Hits[0].Id);
    }
}
