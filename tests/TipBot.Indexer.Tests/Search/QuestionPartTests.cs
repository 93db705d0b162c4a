using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class QuestionPartTests
{
    [Fact]
    public void SentencesEndAtTheirMarkBeforeWhiteSpaceOrAtALineBreak()
    {
        Assert.Equal(["Hoi.", "Wij zijn een team, zie www.example.nl!", "Hoe doen we dat?", "Groet"],
            Texts("Hoi. Wij zijn een team, zie www.example.nl! Hoe doen we dat?\nGroet"));
        Assert.Equal(["een vraag zonder punt"], Texts("  een vraag zonder punt  "));

        // QuestionPart reads an e-mail's sentences as the snippets read a tip's (PlainText.Sentences).
        static IEnumerable<string> Texts(string text) => PlainText.Sentences(text).Select(s => s.Text);
    }

    // The tips beside the one a test is about: neither holds the questions' words.
    private static readonly KnowledgeDocument[] OtherTips =
    [
        SampleLibrary.Doc("brief-b1", DocumentKind.Tip, "Schrijf je brief op B1", "Korte zinnen en gewone woorden.", ["brieven"],
            ("", "Een brief op B1 leest iedereen. Gebruik korte zinnen.")),
        SampleLibrary.Doc("boze-beller", DocumentKind.Tip, "Laat een boze beller uitpraten", "Luister eerst.", ["telefoon"],
            ("", "Een boze beller wil gehoord worden. Luister eerst en vat samen.")),
        SampleLibrary.Doc("avond-leiden", DocumentKind.Tip, "Leid een avond met bewoners", "Een goede voorzitter houdt de avond rustig.", ["participatie"],
            ("", "Een voorzitter geeft iedereen de beurt en vat samen.")),
    ];

    private static readonly IReadOnlyList<KnowledgeDocument> Docs =
    [
        SampleLibrary.Doc("korter-formulier", DocumentKind.Tip, "Maak je formulier korter", "Schrap wat niemand gebruikt en test de nieuwe versie.", ["formulier"],
            ("", "Maak het formulier korter: loop elke vraag na met de behandelaar en schrap wat niemand gebruikt. Test de nieuwe versie van het formulier met drie bewoners.")),
        .. OtherTips,
    ];

    private const string Context = "Hallo, wij zijn een klein team bevolkingszorg in een gemeente aan de rivier. Vorige maand stond een hele wijk blank na een "
        + "dijkdoorbraak en de gezinnen sliepen weken in een sporthal. Nu stromen de schadeclaims binnen. De burgemeester eist dat elke "
        + "gedupeerde binnen een week geholpen wordt, want de regionale krant schrijft er dagelijks over. ";

    // An e-mail whose context (the team, the flood, the claims) outweighs its question: the right tip holds little of the whole,
    // and is about few of its rare words, but holds most of the sentence that asks. Asked about something the library does not
    // cover, the same context is refused; so is the asking part left to the long rule alone (MinAskingPartCoverage never met).
    [Fact]
    public void ALongEmailIsJudgedByTheSentenceThatAsks()
    {
        using var engine = TipSearchEngine.InMemory(Docs, SampleLibrary.Resources(Docs));
        var question = Context + "Hoe maken we het formulier korter en testen we de nieuwe versie met bewoners?";
        var answered = engine.Search(new SearchQuery(question) { Top = 5 });
        Assert.True(answered.Answered);
        Assert.Equal("korter-formulier", answered.Hits[0].Id);

        Assert.False(engine.Search(new SearchQuery(Context + "Welke verzekeraar vergoedt de inboedel en de auto's van de gedupeerden?") { Top = 5 }).Answered);

        using var longRuleOnly = TipSearchEngine.InMemory(Docs, SampleLibrary.Resources(Docs), RankingOptions.Default with { MinAskingPartCoverage = int.MaxValue });
        Assert.False(longRuleOnly.Search(new SearchQuery(question) { Top = 5 }).Answered);
    }

    // The judge's trace holds what it read of the asking part (scripts/judge-loo.py replays the rule from it): the right tip holds
    // most of the part; a short question has none.
    [Fact]
    public void TheJudgesTraceHoldsTheAskingPartsShareOfALongQuestion()
    {
        using var engine = TipSearchEngine.InMemory(Docs, SampleLibrary.Resources(Docs));
        var trace = new RankingTrace();
        engine.Search(new SearchQuery(Context + "Hoe maken we het formulier korter en testen we de nieuwe versie met bewoners?") { Top = 5 }, trace);
        var judged = Assert.IsType<JudgeTrace>(trace.Judge).Candidates[0];
        Assert.Equal("korter-formulier", judged.Id);
        Assert.InRange(judged.PartCoverage, 0.5, 1);
        Assert.True(judged.PartTopicalWeight > 0);

        var oneSentence = new RankingTrace();
        engine.Search(new SearchQuery("hoe maken we het formulier korter") { Top = 5 }, oneSentence);
        Assert.Equal(-1, Assert.IsType<JudgeTrace>(oneSentence.Judge).Candidates[0].PartCoverage);
    }

    // The asker's own matter told at length (first person singular: a resident whose house flooded) is left to the long rule, as
    // the other long paths leave it, though it ends in the same question.
    [Fact]
    public void TheAskersOwnMatterIsNotAnsweredByItsAskingPart()
    {
        using var engine = TipSearchEngine.InMemory(Docs, SampleLibrary.Resources(Docs));
        var own = "Hallo, ik woon met mijn gezin in een gemeente aan de rivier. Vorige maand stond onze hele wijk blank na een "
            + "dijkdoorbraak en wij sliepen weken in een sporthal. Nu stromen de schadeclaims binnen. De burgemeester eist dat elke "
            + "gedupeerde binnen een week geholpen wordt, want de regionale krant schrijft er dagelijks over. "
            + "Hoe maken we het formulier korter en testen we de nieuwe versie met bewoners?";
        Assert.False(engine.Search(new SearchQuery(own) { Top = 5 }).Answered);
    }

    private static readonly IReadOnlyList<KnowledgeDocument> TeamDocs =
    [
        SampleLibrary.Doc("eigenaarschap-teams", DocumentKind.Tip, "Geef teams eigenaarschap", "Laat los wat een team zelf kan en stuur op het doel.", ["eigenaarschap", "teams"],
            ("", "Eigenaarschap groeit als een team zelf mag beslissen over zijn werk. Bepaal samen het doel, laat los hoe het team daar komt en "
                + "stuur alleen bij als het doel uit zicht raakt. Teams met eigenaarschap lossen vragen van inwoners sneller op.")),
        .. OtherTips,
    ];

    private const string TeamContext = "Hallo, ik ben teamleider bij de afdeling dienstverlening en mijn teams willen meer zelf beslissen, "
        + "maar ik weet niet hoeveel ik moet loslaten en hoe lang ik nog moet sturen. ";

    // What a long question asks for is read in the sentence that asks: "hoeveel" and "hoe lang" in the context tell what the asker
    // does not know, while the question asks for advice the right tip gives. The same context asking for an amount is a rule of a
    // service, which the tip does not state, and is refused.
    [Fact]
    public void ALongEmailsFormIsReadInTheSentenceThatAsks()
    {
        using var engine = TipSearchEngine.InMemory(TeamDocs, SampleLibrary.Resources(TeamDocs));
        var advice = engine.Search(new SearchQuery(TeamContext + "Zijn er ervaringen met eigenaarschap bij teams?") { Top = 5 });
        Assert.True(advice.Answered);
        Assert.Equal("eigenaarschap-teams", advice.Hits[0].Id);

        Assert.False(engine.Search(new SearchQuery(TeamContext + "Hoeveel uren per week mogen teams met eigenaarschap zelf indelen?") { Top = 5 }).Answered);
    }
}
