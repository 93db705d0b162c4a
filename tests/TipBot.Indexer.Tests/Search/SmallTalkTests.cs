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
    [InlineData("Vraagje: hoe schrijf ik brieven? thx", "hoe schrijf ik brieven?")]
    [InlineData("Hoi allemaal, kort vraagje. Hoe schrijf ik brieven? Bij voorbaat dank", "Hoe schrijf ik brieven?")]
    [InlineData("Hey, quick question from a new colleague: how do I write letters? Many thanks", "how do I write letters?")]
    [InlineData("A short question: how do I write letters? Thank you very much in advance, Marleen", "how do I write letters?")]
    [InlineData("Korte vraag van een nieuwe collega: hoe schrijf ik brieven? Hartelijke groet", "hoe schrijf ik brieven?")]
    [InlineData("how do I write letters? Thanks a lot", "how do I write letters?")]
    [InlineData("how do I write letters? Best wishes, Marleen", "how do I write letters?")]
    public void GreetingsNamesAndSignOffsGo(string question, string expected) => Assert.Equal(expected, Strip(question));

    [Theory]
    [InlineData("wanneer is de dag van de mantelzorg")]
    [InlineData("dag van de mantelzorg, wanneer is die?")]
    [InlineData("ik ben Teamleider en zoek tips")]
    [InlineData("ik ben nieuw, hoe schrijf ik brieven")]
    [InlineData("beste manier om brieven te schrijven")]
    [InlineData("hoe sluit ik brieven af met vriendelijke groet")]
    [InlineData("vraagje over brieven: hoe schrijf ik die")]
    [InlineData("hoe beantwoord ik een korte vraag van een bewoner")]
    [InlineData("quick question cards for a meeting")]
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

    // A chat opener ("Vraagje:") and an English sign-off ("Many thanks") are words no library uses, each weighing as its rarest, so
    // a short question that carries them seemed to be about something the library does not cover. Stripped, the e-mail is judged
    // as the question it holds.
    [Fact]
    public void AChatOpenerAndASignOffLeaveTheQuestionToTheJudge()
    {
        IReadOnlyList<KnowledgeDocument> docs =
        [
            SampleLibrary.Doc("korter-formulier", DocumentKind.Tip, "Schrap wat niemand gebruikt", "Loop elke vraag na.", ["aanvragen"],
                ("", "Maak het formulier korter: loop elke vraag na met de behandelaar en schrap wat niemand gebruikt. Test de nieuwe versie met drie bewoners.")),
            SampleLibrary.Doc("brief-b1", DocumentKind.Tip, "Schrijf je brief op B1", "Korte zinnen en gewone woorden.", ["brieven"],
                ("", "Een brief op B1 leest iedereen. Gebruik korte zinnen.")),
            SampleLibrary.Doc("boze-beller", DocumentKind.Tip, "Laat een boze beller uitpraten", "Luister eerst.", ["telefoon"],
                ("", "Een boze beller wil gehoord worden. Luister eerst en vat samen.")),
            SampleLibrary.Doc("avond-leiden", DocumentKind.Tip, "Leid een avond met bewoners", "Een goede voorzitter houdt de avond rustig.", ["participatie"],
                ("", "Een voorzitter geeft iedereen de beurt en vat samen.")),
        ];
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs));
        SearchResult Ask(string q) => engine.Search(new SearchQuery(q) { Top = 10 });

        var plain = Ask("hoe maak je een formulier korter");
        Assert.True(plain.Answered);
        foreach (var mail in new[] { "Vraagje: hoe maak je een formulier korter? Many thanks", "Hi all, quick question from the front office: hoe maak je een formulier korter? Thanks a lot" })
        {
            var r = Ask(mail);
            Assert.True(r.Answered, mail);
            Assert.Equal(plain.Hits.Select(h => h.Id), r.Hits.Select(h => h.Id));
        }
        // The same words inside the question are its words: they weigh as what it is about, and it is refused.
        Assert.False(Ask("vraagje many thanks hoe maak je een formulier korter").Answered);
    }
}
