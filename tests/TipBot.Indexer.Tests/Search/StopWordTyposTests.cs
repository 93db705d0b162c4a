using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A question word one typo from a long stop word, unknown to the library and to its near forms, is read as that stop word.</summary>
public sealed class StopWordTyposTests : IDisposable
{
    private readonly TipSearchEngine _engine = TipSearchEngine.InMemory(
    [
        SampleLibrary.Doc("invloed", DocumentKind.Tip, "Geef bewoners echte invloed", "Laat bewoners meebeslissen over hun eigen buurt.", ["participatie"],
            ("", "Vertel vooraf hoeveel invloed bewoners hebben en wat er met hun inbreng gebeurt.")),
        SampleLibrary.Doc("misdaad", DocumentKind.Tip, "Praat over misdaad in de wijk", "Bewoners die zich onveilig voelen willen gehoord worden.", ["veiligheid"],
            ("", "Nodig de wijkagent uit als misdaad de buurt bezighoudt, zodat het eindelijk besproken wordt.")),
        SampleLibrary.Doc("welkom", DocumentKind.Tip, "Geef nieuwe bewoners een warm welkom", "Een bezoek in de eerste week maakt de buurt vertrouwd.", ["wijk"],
            ("", "Breng een warm pakket langs met de telefoonnummers van de wijk.")),
    ]);

    public void Dispose() => _engine.Dispose();

    [Theory]
    [InlineData("eigelijk", "eigenlijk")]
    [InlineData("mischien", "misschien")]
    [InlineData("wanner", "wanneer")]
    [InlineData("welek", "welke")]
    [InlineData("moetn", "moeten")]
    [InlineData("omdta", "omdat")]
    [InlineData("whcih", "which")]
    public void ALongStopWordWithALetterLeftOutOrTwoSwappedIsThatStopWord(string typo, string stop) => Assert.Equal(stop, StopWordTypos.StopWordOf(typo));

    [Theory]
    [InlineData("eigenlijk")] // the stop word itself
    [InlineData("kopen")] // "komen" with a letter typed wrong: a real word as often as a slip
    [InlineData("straat")] // "staat" with a letter added
    [InlineData("welkee")]
    [InlineData("nit")] // too short: one edit from "niet", "net", "nog"... reaches too many words
    [InlineData("zjin")] // "zijn" has four letters
    [InlineData("budget")]
    [InlineData("eigelijkheid")]
    public void OtherWordsAreNoStopWord(string word) => Assert.Null(StopWordTypos.StopWordOf(word));

    [Fact]
    public void AMisspeltStopWordWeighsNothingInTheQuestion()
    {
        // The library's "eindelijk" is two edits from "eigelijk", the stop word "eigenlijk" one: the nearer one is meant.
        var typed = _engine.Search(new SearchQuery("hoeveel invloed hebben bewoners eigelijk") { Top = 2 });
        var right = _engine.Search(new SearchQuery("hoeveel invloed hebben bewoners eigenlijk") { Top = 2 });

        Assert.Equal(right.Answered, typed.Answered);
        Assert.Equal(right.Hits.Select(h => (h.Id, h.Score)), typed.Hits.Select(h => (h.Id, h.Score)));
        var s = _engine.Snapshot;
        Assert.DoesNotContain(QueryAnalysis.Analyze(s, "bewoners eigelijk"), g => g.Unknown);
    }

    [Fact]
    public void ATypoOfALibraryWordNearAStopWordStaysThatWordsTypo()
    {
        // "waarm" is the stop word "waarom" with a letter left out but one edit from the library's "warm": the library's word wins.
        Assert.Equal("waarom", StopWordTypos.StopWordOf("waarm"));
        var s = _engine.Snapshot;
        var groups = QueryAnalysis.Analyze(s, "een waarm onthaal");
        Assert.Equal(2, groups.Count);
        Assert.Equal("welkom", _engine.Search(new SearchQuery("een waarm onthaal")).Hits[0].Id);
    }
}
