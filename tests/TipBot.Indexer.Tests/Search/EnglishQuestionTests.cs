using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// An English question's word that neither the English list nor the library knows weighs less in the judge
/// (<see cref="EnglishQuestion"/>), through the search entry point the bot uses.
/// </summary>
public class EnglishQuestionTests
{
    // Every tip speaks of residents and most of a form, so "form" and "residents" weigh little beside a word no tip uses.
    private static readonly IReadOnlyList<KnowledgeDocument> Docs =
    [
        SampleLibrary.Doc("formulier-korter", DocumentKind.Tip, "Maak je aanvraagformulier korter", "Schrap de vragen van het formulier die niemand gebruikt.", ["formulier"],
            ("", "Een kort formulier vullen inwoners sneller in. Loop elke vraag van het formulier na met de behandelaar en schrap wat niemand gebruikt.")),
        SampleLibrary.Doc("brief-b1", DocumentKind.Tip, "Schrijf je brief op B1", "Korte zinnen en gewone woorden.", ["brieven"],
            ("", "Een brief op B1 lezen alle inwoners. Verwijs naar het formulier met een gewone zin.")),
        SampleLibrary.Doc("boze-beller", DocumentKind.Tip, "Laat een boze beller uitpraten", "Luister eerst.", ["telefoon"],
            ("", "Boze inwoners willen gehoord worden, ook over een formulier. Luister eerst en vat samen.")),
        SampleLibrary.Doc("avond-leiden", DocumentKind.Tip, "Leid een avond met bewoners", "Een goede voorzitter houdt de avond rustig.", ["participatie"],
            ("", "Een voorzitter geeft alle inwoners de beurt en vat samen. Een formulier voor de aanmelding is genoeg.")),
        SampleLibrary.Doc("website-helder", DocumentKind.Tip, "Een heldere website", "Zet de taak van de bezoeker voorop.", ["website"],
            ("", "Inwoners zoeken eerst op de website. Zet bovenaan wat ze kunnen doen, ook welk formulier.")),
        SampleLibrary.Doc("balie-ontvangst", DocumentKind.Tip, "Ontvang bezoekers aan de balie", "Een warme ontvangst.", ["balie"],
            ("", "Inwoners aan de balie zijn vaak gespannen, zeker met een formulier in de hand. Kijk op en groet.")),
        SampleLibrary.Doc("mail-antwoord", DocumentKind.Tip, "Beantwoord een mail binnen twee dagen", "Snel en persoonlijk.", ["mail"],
            ("", "Inwoners die mailen willen snel weten waar ze staan. Stuur het formulier mee als dat nodig is.")),
        SampleLibrary.Doc("nieuwsbrief", DocumentKind.Tip, "Een nieuwsbrief die gelezen wordt", "Een onderwerp per bericht.", ["nieuwsbrief"],
            ("", "Inwoners lezen een nieuwsbrief met een onderwerp per bericht.")),
        SampleLibrary.Doc("wachtrij", DocumentKind.Tip, "Leg uit hoe lang het wachten duurt", "Eerlijk over de wachttijd.", ["wachttijd"],
            ("", "Inwoners wachten rustiger als ze weten hoe lang het duurt.")),
        SampleLibrary.Doc("buurtgesprek", DocumentKind.Tip, "Ga het gesprek aan in de buurt", "Kom naar de mensen toe.", ["buurt"],
            ("", "Inwoners praten makkelijker in hun eigen buurt.")),
    ];

    private static SearchResult Ask(string question, RankingOptions? options = null)
    {
        using var engine = TipSearchEngine.InMemory(Docs, SampleLibrary.Resources(Docs), options);
        return engine.Search(new SearchQuery(question) { Top = 10 });
    }

    // "streamline" is in neither the English list nor the library: at a rarest word's weight it outweighs "form" and
    // "residents", which the list translates and the tip holds, and the question seemed to be about something else.
    [Fact]
    public void AnEnglishQuestionWithAWordTheListLacksIsAnsweredByTheTipItMeans()
    {
        const string question = "streamline the form for residents";

        var result = Ask(question);
        Assert.True(result.Answered);
        Assert.Equal("formulier-korter", result.Hits[0].Id);

        var fullWeight = Ask(question, new RankingOptions { EnglishUnknownWordShare = 1 });
        Assert.False(fullWeight.Answered);
        Assert.Equal("formulier-korter", fullWeight.Hits[0].Id);
    }

    // The thing an off-topic question asks about is a word the list translates ("tax" => belasting) and the library never
    // uses, which keeps its weight; a question with no word the list translates is not read as English.
    [Theory]
    [InlineData("where do residents pay the dog tax")]
    [InlineData("reset the password of my laptop")]
    public void AnOffTopicQuestionIsStillRefused(string question) => Assert.False(Ask(question).Answered);
}
