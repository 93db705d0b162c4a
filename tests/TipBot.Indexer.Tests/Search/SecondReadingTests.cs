using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// The second reading of a refused question: a candidate just behind the document the judge read, nearly as good a match, that
/// passes the judge's tests goes first and answers (<see cref="RankingOptions.SecondReadingDepth"/>).
/// </summary>
public class SecondReadingTests
{
    private const string Question = "draagvlak voor een speeltuin";

    // "avond-verslag" names both of the question's words once in a long body: the best match, about neither (focus 0) and weak
    // (BM25 per unit of weight under the judge's limit). The tip about support ("draagvlak") holds the commoner word only, in
    // its head; "speeltuin" is in no other document.
    private static KnowledgeDocument[] Library(string supportTitle, string supportSummary) =>
    [
        SampleLibrary.Doc("avond-verslag", DocumentKind.Tip, "Maak een verslag van de avond", "Schrijf op wat er gezegd is en stuur het rond.", ["communicatie"],
            ("", "Na een avond over een nieuwe speeltuin maak je een kort verslag. Noteer vragen, zorgen en afspraken, en zet erin hoe het draagvlak was.")),
        SampleLibrary.Doc("draagvlak-begint-vroeg", DocumentKind.Tip, supportTitle, supportSummary, ["participatie"],
            ("", "Wie pas praat als alles vastligt, vindt weinig steun.")),
        SampleLibrary.Doc("brief-b1", DocumentKind.Tip, "Schrijf je brief op B1", "Korte zinnen en gewone woorden.", ["brieven"],
            ("", "Een brief op B1 leest iedereen. Gebruik korte zinnen.")),
        SampleLibrary.Doc("boze-beller", DocumentKind.Tip, "Laat een boze beller uitpraten", "Luister eerst.", ["telefoon"],
            ("", "Een boze beller wil gehoord worden. Luister eerst en vat samen.")),
        SampleLibrary.Doc("casus-plein", DocumentKind.Case, "Een plein in de wijk", "Een gemeente richtte een plein opnieuw in.", ["participatie"],
            ("", "De gemeente richtte het plein opnieuw in, en het draagvlak groeide doordat bewoners meetekenden.")),
        SampleLibrary.Doc("avond-leiden", DocumentKind.Tip, "Leid een avond met bewoners", "Een goede voorzitter houdt de avond rustig.", ["participatie"],
            ("", "Een voorzitter geeft iedereen de beurt en vat samen. Zo houd je draagvlak voor het vervolg.")),
    ];

    // The tip about support with the word in its title: a match of about four fifths of the best one's.
    private static readonly KnowledgeDocument[] Close = Library("Draagvlak begint vroeg", "Begin het gesprek voordat het plan af is.");

    private static SearchResult Search(IReadOnlyList<KnowledgeDocument> docs, string question, RankingOptions options)
    {
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs), options);
        return engine.Search(new SearchQuery(question) { Top = 10 });
    }

    [Fact]
    public void ACandidateJustBehindTheJudgedOneThatPassesTheJudgeGoesFirstAndAnswers()
    {
        var without = Search(Close, Question, RankingOptions.Default with { SecondReadingDepth = 0 });
        Assert.False(without.Answered);
        Assert.Equal(["avond-verslag", "draagvlak-begint-vroeg"], without.Hits.Take(2).Select(h => h.Id));

        var read = Search(Close, Question, RankingOptions.Default);
        Assert.True(read.Answered);
        Assert.Equal(["draagvlak-begint-vroeg", "avond-verslag"], read.Hits.Take(2).Select(h => h.Id));
        // The one moved first shows the first's score at least, so the hits' scores stay in order.
        Assert.True(read.Hits[0].Score >= read.Hits[1].Score);
    }

    [Fact]
    public void ACandidateFarBehindTheJudgedOneIsNotReadAgain()
    {
        // The same tip with the word in its summary, not its title: it still passes the judge's tests, but its match is under
        // SecondReadingShare of the best one's.
        var far = Library("Begin vroeg", "Draagvlak bouw je op voordat het plan af is.");
        var r = Search(far, Question, RankingOptions.Default);
        Assert.False(r.Answered);
        Assert.Equal("avond-verslag", r.Hits[0].Id);
        // At a smaller share it is read again, so it is the margin that refuses it.
        var lower = Search(far, Question, RankingOptions.Default with { SecondReadingShare = 0.5 });
        Assert.True(lower.Answered);
        Assert.Equal("draagvlak-begint-vroeg", lower.Hits[0].Id);
    }

    [Theory]
    [InlineData("wat is de hondenbelasting")]
    [InlineData("reset mijn wachtwoord")]
    [InlineData("hondenbelasting voor een speeltuin")]
    public void AQuestionAboutSomethingTheLibraryDoesNotCoverStaysRefused(string question) =>
        Assert.False(Search(Close, question, RankingOptions.Default).Answered);
}
