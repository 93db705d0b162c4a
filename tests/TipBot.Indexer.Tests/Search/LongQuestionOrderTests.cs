using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A long question is ordered with its own coverage exponent: the document that holds more of it goes above one that holds a rare word of its context.</summary>
public class LongQuestionOrderTests
{
    // Nineteen words: the asker's organisation and its dike, then what they ask about (involving residents, hearing their worries).
    private const string LongQuestion = "ik werk bij een waterschap aan de dijk en we willen bewoners eerder betrekken bij de plannen en hun zorgen horen";

    // "dijk" holds the context's rare word in its title, summary and tags; "betrekken" holds most of the question in its text.
    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("dijk", DocumentKind.Tip, "Werken aan de dijk bij het waterschap", "Het waterschap versterkt de dijk.", ["waterschap"],
            ("Hoe", "Het waterschap plant het werk aan de dijk ruim vooruit.")),
        SampleLibrary.Doc("betrekken", DocumentKind.Tip, "Vroeg in gesprek", "Begin het gesprek voordat het plan af is.", ["participatie"],
            ("Hoe", "Betrek bewoners eerder bij de plannen, vraag naar hun zorgen en laat merken dat je ze hoort.")),
        SampleLibrary.Doc("anders", DocumentKind.Tip, "Een heldere brief", "Schrijf kort en duidelijk.", ["brieven"],
            ("Hoe", "Zet de boodschap bovenaan.")),
    ];

    [Fact]
    public void TheDocumentThatHoldsMoreOfALongQuestionGoesAboveTheOneWithARareWordOfItsContext()
    {
        var off = RankingOptions.Default with { LongOrderWords = int.MaxValue };
        var (idsOff, answeredOff) = Search(off);
        var (ids, answered) = Search(RankingOptions.Default);

        Assert.Equal("dijk", idsOff[0]);
        Assert.Equal("betrekken", ids[0]);
        // The order shown changes, not whether the library answers the question.
        Assert.Equal(answeredOff, answered);
    }

    [Fact]
    public void AQuestionCountsAsLongFromItsNumberOfWordsAsTyped()
    {
        var options = RankingOptions.Default with { LongOrderWords = 3 };
        Assert.True(options.IsLongForOrder("een  twee, drie"));
        Assert.True(options.IsLongForOrder(" een twee drie vier "));
        Assert.False(options.IsLongForOrder("een twee "));
        Assert.False(options.IsLongForOrder(""));
        Assert.True(RankingOptions.Default.IsLongForOrder(LongQuestion));
    }

    [Fact]
    public void TheOrderScoreOfALongQuestionUsesItsOwnExponent()
    {
        var options = RankingOptions.Default with { CoverageExponent = 0.5, LongCoverageExponent = 2 };
        Assert.Equal(options.Combine(4, 0.25), options.OrderScore(4, 0.25, longQuestion: false), 12);
        Assert.Equal(4 * 0.25 * 0.25, options.OrderScore(4, 0.25, longQuestion: true), 12);
    }

    private static (List<string> Ids, bool Answered) Search(RankingOptions options)
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), options);
        var result = engine.Search(new SearchQuery(LongQuestion) { Top = 10 });
        return (result.Hits.Select(h => h.Id).ToList(), result.Answered);
    }
}
