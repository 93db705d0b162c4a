using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The re-ranking rules after BM25 and coverage: the weight of cases and workshops, and the related bonus.</summary>
public class RankingRulesTests
{
    private const string Question = "wijkgesprek met bewoners in de buurt";

    // The leader matches the whole question; "buurtapp" two of its words; "terugkoppelen" only "buurt", but the leader
    // lists it as related.
    private static readonly KnowledgeDocument[] Neighbourhood =
    [
        SampleLibrary.Doc("wijkgesprek", DocumentKind.Tip, "Organiseer een wijkgesprek", "Praat met bewoners over hun buurt aan kleine tafels.", ["participatie"],
            ("", "Een wijkgesprek met bewoners werkt het best aan kleine tafels in de buurt.")) with { Related = ["terugkoppelen"] },
        SampleLibrary.Doc("buurtapp", DocumentKind.Tip, "Gebruik de buurtapp", "Een app voor de buurt bereikt bewoners snel.", ["online"],
            ("", "Bewoners in de buurt lezen de app vaak.")),
        SampleLibrary.Doc("terugkoppelen", DocumentKind.Tip, "Koppel terug wat je met inbreng deed", "Laat weten wat er met de mening van mensen is gebeurd.", ["participatie"],
            ("", "Na een avond in de buurt hoort iedereen graag wat er met zijn inbreng gebeurt.")),
    ];

    private static List<SearchHit> Hits(IReadOnlyList<KnowledgeDocument> docs, string question, RankingOptions options)
    {
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs), options);
        return engine.Search(new SearchQuery(question) { Top = 10 }).Hits.ToList();
    }

    private static List<string> Ids(IEnumerable<SearchHit> hits) => hits.Select(h => h.Id).ToList();

    // The scores of the related bonus and lift, without the memory of earlier questions' pass after the judge
    // (RankingOptions.MemoryWeight), which multiplies the leaders' scores by other evidence (QuestionMemoryTests).
    private static readonly RankingOptions NoMemory = RankingOptions.Default with { MemoryWeight = 0 };

    // The related bonus alone, without the lift after the passes (see TheRelatedLiftLetsADocumentRelatedToALeaderPassIt).
    private static readonly RankingOptions BonusAlone = NoMemory with { RelatedLift = 1 };

    [Fact]
    public void ARequestForSomeoneFromOutsideToThinkAlongPutsTheCoachingOfferFirst()
    {
        // The question's words ("aanpak", "project", "meedenken") stand in the other tips; the offer names none of them.
        KnowledgeDocument[] docs =
        [
            SampleLibrary.Doc("aanpak-project", DocumentKind.Tip, "Een aanpak voor je project", "Kies een aanpak voor je project.", ["project"],
                ("", "Een goede aanpak voor een project begint klein; laat collega's meedenken over de aanpak.")),
            SampleLibrary.Doc("bewoners-meedenken", DocumentKind.Tip, "Laat bewoners meedenken", "Bewoners denken mee over een project.", ["participatie"],
                ("", "Vraag bewoners vroeg om mee te denken over het project.")),
            SampleLibrary.Doc("afdeling-case", DocumentKind.Case, "Een afdeling op straat", "Een afdeling ging naar buiten.", ["participatie"],
                ("", "De afdeling sprak iemand op straat aan.")),
            SampleLibrary.Doc("coach-case", DocumentKind.Case, "Een gemeente en haar interactiecoach", "Een interactiecoach hielp een team.", ["coach"],
                ("", "De interactiecoach keek mee met het team van de gemeente.")),
            SampleLibrary.Doc("interactiecoach", DocumentKind.Tip, "Vraag een interactiecoach", "Een interactiecoach van een andere overheid kijkt met je mee.", ["coach"],
                ("", "Een interactiecoach werkt bij een andere overheid en geeft een frisse blik op een project. De coach is gratis.")),
        ];
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs), RankingOptions.Default);
        var shown = engine.Search(new SearchQuery("kan er iemand van buiten meedenken over onze aanpak van het project") { Top = 10 });
        Assert.True(shown.Answered);
        Assert.Equal("interactiecoach", shown.Hits[0].Id);
        // Without the request's form the question's own words lead.
        Assert.NotEqual("interactiecoach", engine.Search(new SearchQuery("aanpak van het project meedenken") { Top = 10 }).Hits[0].Id);
        // The verb at the end of a long relative clause about the person asked for is the same request.
        var clause = engine.Search(new SearchQuery("ik zoek iemand van buiten die volgend jaar een paar maanden met ons project meedenkt") { Top = 10 });
        Assert.True(clause.Answered);
        Assert.Equal("interactiecoach", clause.Hits[0].Id);
        // So is the particle split from its verb by a modal, as Dutch writes it ("mee kunnen denken").
        var split = engine.Search(new SearchQuery("zou iemand van buiten af en toe mee kunnen denken over onze aanpak van het project") { Top = 10 });
        Assert.True(split.Answered);
        Assert.Equal("interactiecoach", split.Hits[0].Id);
    }

    [Fact]
    public void ARequestForSomeoneFromOutsideReachesTheCoachingOfferThatSharesNoWordWithIt()
    {
        // No word of the question ("zoeken", "iemand", "buiten", "afdeling", "begeleiden") is in the offer's tip or the case, so
        // neither is a candidate; the coach profile holds them all but is never returned.
        KnowledgeDocument[] docs =
        [
            SampleLibrary.Doc("afdeling-buiten", DocumentKind.Tip, "Ga met je afdeling naar buiten", "Zoek inwoners op waar ze zijn.", ["participatie"],
                ("", "Een afdeling die naar buiten gaat, spreekt iemand op straat aan en laat zich door inwoners begeleiden door de wijk.")),
            SampleLibrary.Doc("afdeling-case", DocumentKind.Case, "Een afdeling op straat", "Een afdeling ging naar buiten.", ["participatie"],
                ("", "De afdeling sprak iemand op straat aan.")),
            SampleLibrary.Doc("coach-case", DocumentKind.Case, "Een gemeente en haar interactiecoach", "Een interactiecoach hielp een team.", ["coach"],
                ("", "De interactiecoach keek mee met het team van de gemeente.")),
            SampleLibrary.Doc("interactiecoach", DocumentKind.Tip, "Vraag een interactiecoach", "Een interactiecoach van een andere overheid kijkt gratis met je mee.", ["coach"],
                ("", "Een interactiecoach werkt bij een andere overheid en geeft je team een frisse blik. De coach is gratis.")),
            SampleLibrary.Doc("coach-profiel", DocumentKind.Coach, "Bea de Boer, interactiecoach", "Ik begeleid een afdeling van buiten.", ["coach"],
                ("", "Wie iemand van buiten zoekt om een afdeling te begeleiden, kan mij vragen.")),
        ];
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs), RankingOptions.Default);
        var plain = engine.Search(new SearchQuery("iemand buiten afdeling begeleiden") { Top = 10 });
        Assert.DoesNotContain("interactiecoach", Ids(plain.Hits));

        var shown = engine.Search(new SearchQuery("wij zoeken iemand van buiten die onze afdeling kan begeleiden") { Top = 10 });
        Assert.True(shown.Answered);
        Assert.Equal("interactiecoach", shown.Hits[0].Id);
        Assert.Contains("afdeling-buiten", Ids(shown.Hits));
        Assert.DoesNotContain("coach-profiel", Ids(shown.Hits));
        // A filter the tip does not pass leaves the case about the offer, before a case with the question's words.
        var cases = engine.Search(new SearchQuery("wij zoeken iemand van buiten die onze afdeling kan begeleiden") { Kind = DocumentKind.Case, Top = 10 });
        Assert.Equal(["coach-case", "afdeling-case"], Ids(cases.Hits));
    }

    // The offer's tip names the workshop and how to ask for it; the workshop is about the question's topic.
    private static readonly KnowledgeDocument[] Offers =
    [
        SampleLibrary.Doc("interactiecoach", DocumentKind.Tip, "Een interactiecoach aanvragen", "Een interactiecoach geeft een workshop over de leefwereld; aanvragen gaat via een intake.", ["coach", "aanvragen"],
            ("", "Je kunt een interactiecoach aanvragen voor je team. De coach geeft ook een workshop.")),
        SampleLibrary.Doc("workshop-leefwereld", DocumentKind.Workshop, "Workshop leefwereld", "Een workshop over de leefwereld van inwoners.", ["workshop", "leefwereld"],
            ("", "In de workshop kijk je vanuit de leefwereld van inwoners naar je werk. Je kunt de workshop aanvragen.")),
        SampleLibrary.Doc("boze-bellers", DocumentKind.Tip, "Omgaan met boze bellers", "Laat een boze beller eerst uitpraten.", ["klantcontact"],
            ("", "Een boze beller wil gehoord worden. Als teamleider coach je je team: oefen samen hoe je laat uitpraten en samenvat.")),
    ];

    [Fact]
    public void ARequestForAWorkshopPutsTheWorkshopFirst()
    {
        // The tip holds every word of the question; the workshop all but "team", and weighs as an example (0.8), so without
        // the rule the tip leads.
        using var engine = TipSearchEngine.InMemory(Offers, SampleLibrary.Resources(Offers), RankingOptions.Default);
        Assert.Equal("workshop-leefwereld", engine.Search(new SearchQuery("workshop leefwereld aanvragen voor ons team") { Top = 10 }).Hits[0].Id);
        Assert.Equal("workshop-leefwereld", engine.Search(new SearchQuery("can we book a workshop leefwereld aanvraag for our team") { Top = 10 }).Hits[0].Id);
    }

    [Fact]
    public void ACoachNamedInPassingIsNoRequestForOne()
    {
        using var engine = TipSearchEngine.InMemory(Offers, SampleLibrary.Resources(Offers), RankingOptions.Default);
        const string question = "hoe coach ik mijn team bij boze bellers";
        Assert.False(OfferRequest.IsIn(question));
        Assert.Equal("boze-bellers", engine.Search(new SearchQuery(question) { Top = 10 }).Hits[0].Id);
        // Asked for, the coach's tip leads.
        Assert.Equal("interactiecoach", engine.Search(new SearchQuery("ik wil een coach voor mijn team bij boze bellers") { Top = 10 }).Hits[0].Id);
    }

    [Fact]
    public void ACaseRanksUnderATipThatMatchesTheQuestionAsWell()
    {
        // The same text twice; the case comes first in the library, so with equal weights it would lead.
        (string, string) section = ("", "Laat een boze beller eerst uitpraten en vat samen wat je hoort.");
        KnowledgeDocument[] docs =
        [
            SampleLibrary.Doc("boze-bellers-case", DocumentKind.Case, "Omgaan met boze bellers", "Een boze beller aan de telefoon.", ["klantcontact"], section),
            SampleLibrary.Doc("boze-bellers-tip", DocumentKind.Tip, "Omgaan met boze bellers", "Een boze beller aan de telefoon.", ["klantcontact"], section),
        ];
        Assert.Equal(["boze-bellers-tip", "boze-bellers-case"], Ids(Hits(docs, "boze bellers aan de telefoon", RankingOptions.Default)));
        Assert.Equal(["boze-bellers-case", "boze-bellers-tip"], Ids(Hits(docs, "boze bellers aan de telefoon", RankingOptions.Default with { ExampleWeight = 1 })));
    }

    [Fact]
    public void ARelatedDocumentGetsAShareOfTheLeadersScoreWhateverItsCoverage()
    {
        var without = Hits(Neighbourhood, Question, BonusAlone with { RelatedBonus = 0 });
        Assert.Equal(["wijkgesprek", "buurtapp", "terugkoppelen"], Ids(without));

        var with = Hits(Neighbourhood, Question, BonusAlone);
        var leader = with.Single(h => h.Id == "wijkgesprek").Score;
        Assert.Equal(without[0].Score, leader);
        // It holds one word of the question, yet gets the whole share.
        var expected = Math.Min(without.Single(h => h.Id == "terugkoppelen").Score + RankingOptions.Default.RelatedBonus * leader, leader);
        Assert.Equal(expected, with.Single(h => h.Id == "terugkoppelen").Score, 4);
        Assert.Equal(without.Single(h => h.Id == "buurtapp").Score, with.Single(h => h.Id == "buurtapp").Score);
    }

    // The case tells the story at length (its words again and again), so it matches the question better even after the
    // kind weight; the tip it illustrates says the same in a few lines and lists it as related.
    private static KnowledgeDocument[] CaseAndItsTip(string caseTitle, string tipText = "Laat iemand eerst uitpraten en vat samen wat je hoort.") =>
    [
        SampleLibrary.Doc("boze-bellers-case", DocumentKind.Case, caseTitle, "Een boze beller aan de telefoon.", ["klantcontact"],
            ("De situatie", "Elke dag een boze beller aan de telefoon. De boze beller wil zijn geld terug, de telefoon gaat steeds."),
            ("Wat ze deden", "Het team liet elke boze beller uitpraten aan de telefoon en vatte samen wat de beller zei.")),
        SampleLibrary.Doc("boze-bellers-tip", DocumentKind.Tip, "Omgaan met boze bellers", "Een boze beller aan de telefoon.", ["klantcontact"],
            ("", tipText)) with { Related = ["boze-bellers-case"] },
    ];

    [Fact]
    public void ATipTheBonusBringsLevelWithItsCaseGoesAboveIt()
    {
        var docs = CaseAndItsTip("Omgaan met boze bellers");
        const string question = "boze bellers aan de telefoon";
        var without = Hits(docs, question, RankingOptions.Default with { RelatedBonus = 0 });
        Assert.Equal(["boze-bellers-case", "boze-bellers-tip"], Ids(without));
        // Within the bonus's reach of the case: its own score and the case's share reach the case's.
        Assert.True(without[1].Score + RankingOptions.Default.RelatedBonus * without[0].Score >= without[0].Score);

        var with = Hits(docs, question, BonusAlone);
        Assert.Equal(["boze-bellers-tip", "boze-bellers-case"], Ids(with));
        // Just above the case: the same score as shown.
        Assert.Equal(without[0].Score, with[1].Score);
        Assert.Equal(with[1].Score, with[0].Score);
    }

    [Fact]
    public void ACaseMoreAboutTheQuestionThanItsTipStaysFirst()
    {
        // The question names the case's own story (Brakeveld), which the tip names once in passing: both hold every word
        // of the question, but only the case is about all of them.
        var docs = CaseAndItsTip("Boze bellers in Brakeveld", "Laat iemand eerst uitpraten en vat samen wat je hoort, zoals ze in Brakeveld doen.");
        const string question = "boze bellers aan de telefoon in brakeveld";
        var without = Hits(docs, question, RankingOptions.Default with { RelatedBonus = 0 });
        Assert.Equal(["boze-bellers-case", "boze-bellers-tip"], Ids(without));

        // The bonus brings the tip level with the case, and the tie keeps the case first.
        var with = Hits(docs, question, RankingOptions.Default);
        Assert.Equal(["boze-bellers-case", "boze-bellers-tip"], Ids(with));
        Assert.Equal(with[0].Score, with[1].Score);
    }

    [Fact]
    public void TheBonusNeverLiftsARelatedDocumentAboveItsLeader()
    {
        var hits = Hits(Neighbourhood, Question, NoMemory with { RelatedBonus = 5 });
        Assert.Equal(["wijkgesprek", "terugkoppelen", "buurtapp"], Ids(hits));
        Assert.Equal(hits[0].Score, hits[1].Score);
    }
    // The leader lists "terugkoppelen" as related; "buurtapp" and "buurtavond" hold more of the question than it does, so it
    // comes fourth on its own words, and none of the first three is related to another of them.
    private static readonly KnowledgeDocument[] NeighbourhoodWithEvening =
    [
        .. Neighbourhood,
        SampleLibrary.Doc("buurtavond", DocumentKind.Tip, "Houd een buurtavond", "Nodig bewoners uit in het buurthuis.", ["participatie"],
            ("", "Op een avond in het buurthuis komen bewoners uit de hele buurt.")),
    ];

    [Fact]
    public void TheRelatedLiftLetsADocumentRelatedToALeaderPassIt()
    {
        // The bonus brings it level with the leader, and no further.
        var level = Hits(NeighbourhoodWithEvening, Question, NoMemory with { RelatedBonus = 5, RelatedLift = 1 });
        Assert.Equal("wijkgesprek", level[0].Id);
        Assert.Equal("terugkoppelen", level[1].Id);
        Assert.Equal(level[0].Score, level[1].Score);

        // With the lift it passes the leader, which is related to none of the others ahead of it, and by the lift's factor.
        var lifted = Hits(NeighbourhoodWithEvening, Question, NoMemory with { RelatedBonus = 5, RelatedLift = 1.1 });
        Assert.Equal(["terugkoppelen", "wijkgesprek"], Ids(lifted.Take(2)));
        Assert.Equal(level[0].Score * 1.1, lifted[0].Score, 3);
        Assert.Equal(level[0].Score, lifted[1].Score, 3);
    }
}
