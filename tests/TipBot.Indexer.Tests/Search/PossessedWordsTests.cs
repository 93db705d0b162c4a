using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A word the question names as the asker's own ("onze nieuwsbrief") weighs more in the order of the candidates, not in the judge's match.</summary>
public class PossessedWordsTests
{
    // The situation's verb ("leest") and the asker's own thing ("nieuwsbrief").
    private const string Question = "wie leest onze nieuwsbrief eigenlijk";

    // "lezen" holds the verb in its title, summary and tags; "nieuwsbrief" holds the asker's thing in its text.
    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("lezen", DocumentKind.Tip, "Wie leest er nog?", "Schrijf voor hoe mensen lezen: ze lezen eerst de kop.", ["lezen"],
            ("Hoe", "Mensen lezen kort en scannen de tekst.")),
        SampleLibrary.Doc("nieuwsbrief", DocumentKind.Tip, "Een bericht dat aankomt", "Stuur minder, maar beter.", ["communicatie"],
            ("Hoe", "Een nieuwsbrief met een vaste vorm en een duidelijk onderwerp wordt vaker geopend.")),
        SampleLibrary.Doc("anders", DocumentKind.Tip, "Een heldere brief", "Schrijf kort en duidelijk.", ["brieven"],
            ("Hoe", "Zet de boodschap bovenaan.")),
    ];

    [Fact]
    public void TheDocumentAboutTheAskersOwnThingGoesAboveTheOneWithTheSituationsWordInItsTitle()
    {
        var (idsOff, answeredOff) = Search(RankingOptions.Default with { PossessedWeight = 1 });
        var (ids, answered) = Search(RankingOptions.Default);

        Assert.Equal("lezen", idsOff[0]);
        Assert.Equal("nieuwsbrief", ids[0]);
        // The order shown changes, not whether the library answers the question.
        Assert.Equal(answeredOff, answered);
    }

    [Theory]
    [InlineData("wie leest onze nieuwsbrief eigenlijk", "nieuwsbrief")]
    [InlineData("Mijn medewerkers durven niks", "medewerkers")]
    [InlineData("m'n team wacht af", "team")]
    [InlineData("hebben jullie een sessie", null)]
    [InlineData("hoe ver is hun aanvraag", null)]
    [InlineData("niemand komt bij ons als het misgaat", null)]
    public void TheWordAfterAPossessiveOfTheAskerIsPossessed(string question, string? word)
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library));
        var groups = QueryAnalysis.Analyze(engine.Snapshot, question);
        var possessed = groups.Where(g => g.Possessed).ToList();
        if (word is null)
        {
            Assert.Empty(possessed);
            return;
        }
        var expected = Assert.Single(QueryAnalysis.Analyze(engine.Snapshot, word));
        Assert.Equal(expected.Alternatives, Assert.Single(possessed).Alternatives);
    }

    [Fact]
    public void OnlyThePossessedGroupsWeighMore()
    {
        QueryTermGroup[] groups = [new(["lees"], []) { Weight = 1.5 }, new(["nieuwsbrief"], []) { Weight = 2, Possessed = true }];
        var weighted = PossessedWords.Weighted(groups, 2);
        Assert.Equal([1.5, 4.0], weighted.Select(g => g.Weight));
    }

    private static (List<string> Ids, bool Answered) Search(RankingOptions options)
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), options);
        var result = engine.Search(new SearchQuery(Question) { Top = 10 });
        return (result.Hits.Select(h => h.Id).ToList(), result.Answered);
    }
}
