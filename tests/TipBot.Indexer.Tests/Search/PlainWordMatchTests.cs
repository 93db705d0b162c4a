using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The plain reading of a long question: its words as typed, function words included, over the leading candidates' text.</summary>
public class PlainWordMatchTests
{
    // Twenty-six words: the meeting's partners (rare words, in one tip's title, tags and summary), then what the asker wants to
    // know, in everyday words that another tip uses as they are.
    private const string LongQuestion =
        "ik heb volgende week overleg met de woningcorporatie en de wijkagent over een gezin, moet ik het gezin zelf erbij vragen of is dat niet handig";

    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("partners", DocumentKind.Tip, "Samenwerken met woningcorporatie en wijkagent",
            "Spreek vooraf af wie wat doet.", ["woningcorporatie", "wijkagent", "overleg"],
            ("Aanpak", "Maak vaste afspraken over een gezin.")),
        SampleLibrary.Doc("aan-tafel", DocumentKind.Tip, "Het gezin aan tafel", "Bespreek een gezin in het overleg niet zonder het gezin.", ["overleg"],
            ("Aanpak", "Moet je het gezin zelf erbij vragen? Ja: als je over ze praat, vraag ze erbij. Is dat niet handig, zeg dan waarom niet.")),
        SampleLibrary.Doc("brief", DocumentKind.Tip, "Een heldere brief", "Schrijf kort en duidelijk.", ["brieven"],
            ("Aanpak", "Zet de boodschap bovenaan.")),
    ];

    private static double[] Scores(string question, params KnowledgeDocument[] documents)
    {
        var scores = new double[documents.Length];
        PlainWordMatch.Scores(question, documents, scores);
        return scores;
    }

    private static KnowledgeDocument Doc(string title, string text) =>
        SampleLibrary.Doc("d", DocumentKind.Tip, title, "Samenvatting.", ["wijk"], ("Aanpak", text));

    [Fact]
    public void ADocumentThatUsesTheQuestionsOwnWordsScoresAboveOneThatUsesFewOfThem()
    {
        var scores = Scores("moet ik het gezin zelf erbij vragen", Doc("Gezin", "Vraag het gezin zelf erbij."), Doc("Gezin", "Een gezin heeft hulp nodig."));
        Assert.True(scores[0] > scores[1]);
        Assert.True(scores[1] > 0);
    }

    [Fact]
    public void FunctionWordsCountAndCaseAndAccentsDoNot()
    {
        // "zelf erbij" are stop words to the analysis; here they are words like any other.
        var scores = Scores("Zelf ERBIJ", Doc("Titel", "zelf erbij"), Doc("Titel", "iets anders"));
        Assert.True(scores[0] > 0);
        Assert.Equal(0, scores[1]);
        Assert.Equal(Scores("ideeën", Doc("Titel", "ideeen")), Scores("ideeen", Doc("Titel", "Ideeën")));
    }

    [Fact]
    public void AWordEveryCandidateHoldsWeighsLessThanOneOnlyOneHolds()
    {
        // "gezin" is in both documents, "erbij" only in the first: the first's lead comes from "erbij".
        var both = Scores("gezin", Doc("A", "gezin erbij"), Doc("B", "gezin"));
        var one = Scores("erbij", Doc("A", "gezin erbij"), Doc("B", "gezin"));
        Assert.True(one[0] > both[0]);
        Assert.Equal(0, one[1]);
    }

    [Fact]
    public void NothingToReadScoresNothing()
    {
        Assert.Equal([0.0], Scores("", Doc("A", "tekst")));
        Assert.Equal([0.0], Scores("?!", Doc("A", "tekst")));
        Assert.Empty(Scores("vraag"));
    }

    [Fact]
    public void ALongQuestionsOwnWordsPutTheTipThatUsesThemAboveTheOneThatNamesItsContext()
    {
        // The phrase pass off in both: it may lift the second candidate level with the first, and this reads the plain pass alone.
        var (idsOff, answeredOff) = Search(RankingOptions.Default with { PlainWordWeight = 0, PhraseWeight = 0 });
        var (ids, answered) = Search(RankingOptions.Default with { PhraseWeight = 0 });

        Assert.Equal("partners", idsOff[0]);
        Assert.Equal("aan-tafel", ids[0]);
        Assert.Equal(answeredOff, answered);
    }

    [Fact]
    public void OnlyALongQuestionIsReadThisWay()
    {
        // The same question counted as short (from more words than it has): the engine's own order, the pass's weight or none.
        var notLong = RankingOptions.Default with { LongOrderWords = 100, PhraseWeight = 0 };
        var (ids, _) = Search(notLong);
        Assert.Equal(Search(notLong with { PlainWordWeight = 0 }).Ids, ids);
        Assert.Equal("partners", ids[0]);
    }

    private static (List<string> Ids, bool Answered) Search(RankingOptions options, string question = LongQuestion)
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), options);
        var result = engine.Search(new SearchQuery(question) { Top = 10 });
        return (result.Hits.Select(h => h.Id).ToList(), result.Answered);
    }
}
