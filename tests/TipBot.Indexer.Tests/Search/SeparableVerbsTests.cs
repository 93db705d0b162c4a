using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class SeparableVerbsTests
{
    [Fact]
    public void AParticleTeVerbTheLibraryKnowsIsJoined()
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "afwijken", "meedenken" };
        Assert.Equal("ze durven niet afwijken van de regel", SeparableVerbs.Join("ze durven niet af te wijken van de regel", known.Contains));
        Assert.Equal("hoe krijg ik ze zover om Meedenken", SeparableVerbs.Join("hoe krijg ik ze zover om Mee te denken", known.Contains));
    }

    [Fact]
    public void AJoinedWordTheLibraryDoesNotKnowStaysSplit()
    {
        Assert.Equal("ze kloppen niet aan te bellen", SeparableVerbs.Join("ze kloppen niet aan te bellen", _ => false));
        Assert.Equal("niets te doen", SeparableVerbs.Join("niets te doen", _ => true));
    }

    [Fact]
    public void AQuestionAboutDeviatingFromRulesDoesNotBecomeOneAboutNeighbourhoods()
    {
        IReadOnlyList<KnowledgeDocument> docs =
        [
            SampleLibrary.Doc("ruimte", DocumentKind.Tip, "Geef ruimte voor maatwerk", "Medewerkers mogen afwijken van de standaard.", ["maatwerk"],
                ("", "Wie bang is, durft niet van de regel afwijken; geef vertrouwen.")),
            SampleLibrary.Doc("wijkgesprek", DocumentKind.Tip, "Organiseer een gesprek in de wijk", "Wijken en buurten spreken.", ["wijk"],
                ("", "Ga naar de wijken toe en spreek bewoners in hun eigen buurt.")),
        ];
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs));
        var s = engine.Snapshot;
        Assert.DoesNotContain(QueryAnalysis.Analyze(s, "medewerkers durven niet af te wijken"), g => g.Alternatives.Contains("wijk"));
        Assert.Equal("ruimte", engine.Search(new SearchQuery("medewerkers durven niet af te wijken")).Hits[0].Id);
    }
}
