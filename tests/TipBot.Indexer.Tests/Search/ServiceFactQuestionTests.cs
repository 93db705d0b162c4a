using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// Questions for a service's fact that a tip names without giving it (<see cref="FactQuestion"/>, <see cref="ShoppingQuestion"/>),
/// read through the engine: the tip that names the thing comes first, and the judge's first rule alone would accept it, but the
/// question is not answered, while an advice question about the same tip is.
/// </summary>
public class ServiceFactQuestionTests
{
    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("kwijtschelding", DocumentKind.Tip, "Kwijtschelding uitleggen aan de balie", "Leg in gewone woorden uit wat kwijtschelding is.",
            ["kwijtschelding"],
            ("", "Veel inwoners weten niet dat ze kwijtschelding kunnen vragen. Leg uit wat kwijtschelding betekent en waar de regels staan."),
            ("Aanpak", "Vraag naar hun situatie. Noem dat er een inkomensgrens is en help bij het formulier voor kwijtschelding.")),
        SampleLibrary.Doc("dijkversterking", DocumentKind.Tip, "Bewoners betrekken bij een dijkversterking", "Praat vroeg met bewoners over de dijkversterking.",
            ["dijkversterking", "participatie"],
            ("", "Een dijkversterking raakt de tuinen en huizen van bewoners. Ga bij de dijkversterking vroeg langs in de polder."),
            ("Aanpak", "Vertel wat vastligt en waar bewoners over meepraten. Kom terug met wat je met hun ideeën deed.")),
        SampleLibrary.Doc("verblijf", DocumentKind.Tip, "Een brief over een verblijfsvergunning", "Schrijf een brief over de verblijfsvergunning die iemand begrijpt.",
            ["verblijfsvergunning", "brief"],
            ("", "Een brief over het verlengen van een verblijfsvergunning is vaak lang. Zet in de eerste zin wat de verblijfsvergunning betekent."),
            ("Aanpak", "Schrijf kort. Zeg wat iemand moet doen om de verblijfsvergunning te houden.")),
        SampleLibrary.Doc("afvalpas", DocumentKind.Tip, "De afvalpas uitleggen", "Leg inwoners uit hoe de afvalpas werkt.", ["afvalpas", "afval"],
            ("", "De afvalpas geeft toegang tot de container. Leg uit hoe je de afvalpas gebruikt en wat je doet als hij niet werkt."),
            ("Aanpak", "Laat zien waar de afvalpas in de container gaat.")),
        SampleLibrary.Doc("tolk", DocumentKind.Tip, "Werken met een tolk", "Een tolk helpt als de taal een drempel is.", ["tolk"],
            ("", "Spreek met de tolk af hoe het gesprek gaat. Praat tegen de inwoner, niet tegen de tolk."),
            ("Aanpak", "Plan extra tijd in voor een gesprek met een tolk.")),
        SampleLibrary.Doc("zaakgericht", DocumentKind.Tip, "Beginnen met zaakgericht werken", "Zaakgericht werken begint bij de vraag van de inwoner.",
            ["zaakgericht werken", "software"],
            ("", "Zaakgericht werken is meer dan software. Begin met de vraag van de inwoner en volg de zaak tot het einde."),
            ("Aanpak", "Spreek af wie de zaak bewaakt. Leg in het systeem vast wat de inwoner is beloofd.")),
    ];

    [Theory]
    [InlineData("welke inkomensgrens geldt voor kwijtschelding", "kwijtschelding", "hoe leg ik kwijtschelding uit aan de balie")]
    [InlineData("tot welk inkomen krijg je kwijtschelding", "kwijtschelding", "hoe leg ik kwijtschelding uit aan de balie")]
    [InlineData("hoelang duurt een kwijtschelding", "kwijtschelding", "hoe leg ik kwijtschelding uit aan de balie")]
    [InlineData("wanneer begint de dijkversterking bij ons in de polder", "dijkversterking", "hoe betrek ik bewoners bij een dijkversterking")]
    [InlineData("hoe verleng ik mijn verblijfsvergunning", "verblijf", "hoe schrijf ik een brief over een verblijfsvergunning")]
    [InlineData("mijn afvalpas is kwijt hoe krijg ik een nieuwe", "afvalpas", "hoe leg ik inwoners de afvalpas uit")]
    [InlineData("wat verdient een tolk", "tolk", "hoe werk ik met een tolk")]
    public void AServicesFactIsNotAnsweredByTheTipThatNamesIt(string question, string tip, string advice)
    {
        using var engine = TipSearchEngine.InMemory(Library);
        var trace = new RankingTrace();
        var fact = engine.Search(new SearchQuery(question), trace);
        Assert.Equal(tip, fact.Hits[0].Id);
        Assert.False(fact.Answered);
        // The judge's thresholds accept the tip; the question's form is what refuses it.
        var judged = trace.Judge!.Candidates[0];
        Assert.Equal(tip, judged.Id);
        Assert.True(judged.Hand);
        Assert.False(judged.Form);
        AssertAnsweredWith(engine, advice, tip);
    }

    [Fact]
    public void WhichSoftwareTheOrganisationUsesIsAProductQuestion()
    {
        using var engine = TipSearchEngine.InMemory(Library);
        var trace = new RankingTrace();
        var product = engine.Search(new SearchQuery("welke software gebruiken we voor zaakgericht werken"), trace);
        Assert.Equal("zaakgericht", product.Hits[0].Id);
        Assert.False(product.Answered);
        Assert.True(trace.Judge!.Veto);
        AssertAnsweredWith(engine, "hoe begin je met zaakgericht werken", "zaakgericht");
    }

    private static void AssertAnsweredWith(TipSearchEngine engine, string question, string tip)
    {
        var asked = engine.Search(new SearchQuery(question));
        Assert.Equal(tip, asked.Hits[0].Id);
        Assert.True(asked.Answered);
    }
}
