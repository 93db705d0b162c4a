using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// A request for a training, a session or a course for a team is a request for the library's workshops
/// (<see cref="LibraryOffer.IsWorkshopWord"/>, <see cref="OfferRequest"/>), through the search's own entry point.
/// </summary>
public sealed class WorkshopRequestTests
{
    // The workshop never says "training", "sessie" or "cursus"; the tip trains a skill and says "training" and "team" often.
    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("workshop-onderzoek", DocumentKind.Workshop, "Workshop onderzoek doen bij inwoners", "In twee uur leert een team hoe je onderzoekt wat inwoners willen.", ["workshop", "onderzoek"],
            ("", "De workshop duurt anderhalf tot twee uur, voor maximaal acht mensen van een team. Je leert interviewen en observeren.")),
        SampleLibrary.Doc("gesprekstechniek", DocumentKind.Tip, "Oefen lastige gesprekken met je team", "Een training in gesprekstechniek helpt je team bij boze bellers.", ["klantcontact", "training"],
            ("", "Met een training oefent het team lastige gesprekken. Na de training bespreekt het team samen wat werkte; herhaal de training elk jaar.")),
        SampleLibrary.Doc("brief", DocumentKind.Tip, "Schrijf een heldere brief", "Korte zinnen en gewone woorden.", ["schrijven"],
            ("", "Een heldere brief begint met wat de inwoner moet doen.")),
    ];

    private static SearchResult Search(TipSearchEngine engine, string question) => engine.Search(new SearchQuery(question) { Top = 10 });

    [Theory]
    [InlineData("training voor ons team aanvragen")]
    [InlineData("kunnen jullie een sessie geven voor ons team")]
    [InlineData("can we book a training for my team")]
    public void ARequestForATrainingOrASessionGetsTheWorkshopFirstAndAnswered(string question)
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), RankingOptions.Default);
        var shown = Search(engine, question);
        Assert.Equal("workshop-onderzoek", shown.Hits[0].Id);
        Assert.True(shown.Answered);
    }

    [Fact]
    public void TrainingAsTheSkillOfATipIsNoRequestForTheWorkshop()
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), RankingOptions.Default);
        const string question = "training voor het team in lastige gesprekken";
        Assert.False(OfferRequest.IsIn(question));
        Assert.Equal("gesprekstechniek", Search(engine, question).Hits[0].Id);
    }

    [Fact]
    public void AResidentsCourseTheLibraryDoesNotOfferStaysRefused()
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), RankingOptions.Default);
        const string question = "ik wil een cursus Nederlands volgen";
        Assert.True(OfferRequest.IsIn(question));
        Assert.False(Search(engine, question).Answered);
    }
}
