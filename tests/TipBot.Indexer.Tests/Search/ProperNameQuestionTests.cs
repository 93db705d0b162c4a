using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A short question that meets the best document only in a name (<see cref="ProperNames"/>, <see cref="AnswerJudge"/>).</summary>
public class ProperNameQuestionTests
{
    private static readonly KnowledgeDocument Case = SampleLibrary.Doc("verhuizen-zilverstad", DocumentKind.Case, "Verhuizen naar Zilverstad in één melding",
        "De gemeente Zilverstad maakte van de verhuismelding één formulier.", ["verhuizen", "zilverstad"],
        ("", "Wie naar Zilverstad verhuisde, vulde vroeger drie formulieren in. Het team in Zilverstad maakte er één melding van."),
        ("Resultaat", "Nieuwe inwoners van Zilverstad zijn sneller ingeschreven."));

    private static readonly KnowledgeDocument[] Library =
    [
        Case,
        SampleLibrary.Doc("formulieren", DocumentKind.Tip, "Maak formulieren korter", "Vraag alleen wat je echt nodig hebt.", ["formulieren"],
            ("", "Elk veld dat je schrapt scheelt de inwoner werk."),
            ("Aanpak", "Vul in wat je al weet, zodat inwoners alleen hoeven te controleren.")),
        SampleLibrary.Doc("welkom", DocumentKind.Tip, "Heet nieuwe inwoners welkom", "Een welkomstbrief na de verhuizing helpt.", ["verhuizen"],
            ("", "Stuur nieuwe inwoners een brief met wat ze nog moeten regelen.")),
    ];

    [Fact]
    public void AShortQuestionThatMeetsTheCaseOnlyInItsTownsNameIsNotAnswered()
    {
        using var engine = TipSearchEngine.InMemory(Library);
        var weather = engine.Search(new SearchQuery("wat wordt het weer morgen in zilverstad"));
        Assert.Equal("verhuizen-zilverstad", weather.Hits[0].Id);
        Assert.False(weather.Answered);
        // The judge's first rule alone accepts it: the town's name is half of the question's weight, in the case's title.
        using var withoutNames = TipSearchEngine.InMemory(Library, options: RankingOptions.Default with { MaxNameQuestionWords = 0 });
        Assert.True(withoutNames.Search(new SearchQuery("wat wordt het weer morgen in zilverstad")).Answered);
    }

    [Fact]
    public void AQuestionThatAlsoSharesWhatTheCaseIsAboutIsAnswered()
    {
        using var engine = TipSearchEngine.InMemory(Library);
        var moving = engine.Search(new SearchQuery("verhuismelding in zilverstad"));
        Assert.Equal("verhuizen-zilverstad", moving.Hits[0].Id);
        Assert.True(moving.Answered);
    }

    [Fact]
    public void ANameIsAWordWrittenWithACapitalInsideASentenceAndNeverInLowerCase()
    {
        using var engine = TipSearchEngine.InMemory(Library);
        var groups = QueryAnalysis.Analyze(engine.Snapshot, "zilverstad formulieren");
        Assert.True(ProperNames.IsNameIn(Case, groups[0]));
        // "formulieren" is written in lower case in the case's text.
        Assert.False(ProperNames.IsNameIn(Case, groups[1]));
        // Capitalised only at the start of a sentence or in capitals only (an abbreviation) is no name.
        var opening = SampleLibrary.Doc("opening", DocumentKind.Tip, "Formulieren korter maken", "Korte formulieren werken.", [], ("", "Formulieren zijn vaak te lang. Het KCC weet dat."));
        Assert.False(ProperNames.IsNameIn(opening, groups[1]));
        var kcc = QueryAnalysis.Analyze(engine.Snapshot, "kcc");
        Assert.False(ProperNames.IsNameIn(opening, kcc[0]));
    }
}
