using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class SmallTalkTests
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase) { "teamleider", "dag", "mantelzorg", "nieuw", "brieven" };

    private static string Strip(string text) => string.Join(' ', SmallTalk.Strip(text, Known.Contains).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Hallo, ik ben Sandra en ik werk bij burgerzaken.", "ik ben en ik werk bij burgerzaken.")]
    [InlineData("Dag allemaal, hoe schrijf ik brieven? Groet, Marleen", "hoe schrijf ik brieven?")]
    [InlineData("Beste TipBot, mijn naam is Pieter de Vries, ik ben teamleider. Alvast bedankt!", "mijn naam is , ik ben teamleider.")]
    [InlineData("hoi! hoe schrijf ik brieven? thanks", "hoe schrijf ik brieven?")]
    [InlineData("Goedemiddag. Hoe schrijf ik brieven? Dank je wel", "Hoe schrijf ik brieven?")]
    [InlineData("Hallo,\nik ben\nSandra en ik werk bij burgerzaken.", "\nik ben en ik werk bij burgerzaken.")]
    [InlineData("mijn naam is\tPieter, hoe schrijf ik brieven?", "mijn naam is , hoe schrijf ik brieven?")]
    public void GreetingsNamesAndSignOffsGo(string question, string expected) => Assert.Equal(expected, Strip(question));

    [Theory]
    [InlineData("wanneer is de dag van de mantelzorg")]
    [InlineData("dag van de mantelzorg, wanneer is die?")]
    [InlineData("ik ben Teamleider en zoek tips")]
    [InlineData("ik ben nieuw, hoe schrijf ik brieven")]
    [InlineData("beste manier om brieven te schrijven")]
    [InlineData("hoe sluit ik brieven af met vriendelijke groet")]
    public void WordsOfTheQuestionItselfStay(string question) => Assert.Equal(question, Strip(question));

    [Fact]
    public void OnlySmallTalkIsLeftAsItWas() => Assert.Equal("Hallo!", SmallTalk.Strip("Hallo!", Known.Contains));

    [Fact]
    public void TheStopWordsOfAGreetingLeaveNoPartsBehind()
    {
        IReadOnlyList<KnowledgeDocument> docs =
        [
            SampleLibrary.Doc("kern", DocumentKind.Tip, "Begin je brief met de kern", "Zet de boodschap bovenaan.", ["brieven"],
                ("", "Bijvoorbeeld: zeg morgen al wat de lezer moet doen.")),
        ];
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs));
        var s = engine.Snapshot;
        var groups = QueryAnalysis.Analyze(s, "Goedemorgen, bijvoorbeeld een brief met de kern");
        Assert.DoesNotContain(groups, g => g.AllTerms.Any(t => t is "morgen" or "voorbeeld"));
        Assert.Contains(groups, g => g.Alternatives.Contains("kern"));
    }
}
