using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// The built-in English list reads every question, Dutch ones too, and matches its keys as stems, so a key must not widen an
/// off-topic question to the library's topic: "intranet" is no word of internal communication (a question about logging in
/// names its system; the "reset mijn wachtwoord"), and a key that is a Dutch word ("bus", or "buses" whose stem is
/// "bus") would reach a public-transport tip from a resident's timetable question. The tips are still found for their topics,
/// in English too.
/// </summary>
public sealed class EnglishListKeyTests : IDisposable
{
    private static readonly KnowledgeDocument[] Docs =
    [
        SampleLibrary.Doc("intern", DocumentKind.Tip, "Interne communicatie: collega's horen het eerst", "Vertel collega's wat inwoners te horen krijgen voordat het in de krant staat.",
            ["interne communicatie"], ("", "Zet nieuws over een besluit eerst op het intranet en in het teamoverleg, zodat de balie vragen kan beantwoorden.")),
        SampleLibrary.Doc("omleiding", DocumentKind.Tip, "Leg een omleiding van het openbaar vervoer uit in gewone taal", "Reizigers willen weten hoe hun eigen rit verandert tijdens de werkzaamheden.",
            ["openbaar vervoer", "wegwerkzaamheden"], ("", "Zet bij elke halte een kaart met de tijdelijke route en zeg hoe lang de omleiding duurt.")),
        SampleLibrary.Doc("brief", DocumentKind.Tip, "Schrijf je brief op B1", "Korte zinnen en gewone woorden.", ["brieven"],
            ("", "Lees je brief hardop voor en schrap wat een inwoner niet nodig heeft.")),
    ];

    private readonly TipSearchEngine _engine = TipSearchEngine.InMemory(Docs, SearchResources.ForLibrary(Docs, null, null, new List<Diagnostic>()));

    public void Dispose() => _engine.Dispose();

    [Theory]
    [InlineData("I forgot my intranet password")]
    [InlineData("can't log in to the intranet")]
    [InlineData("wachtwoord van het intranet vergeten")]
    [InlineData("hoe laat rijdt de bus")]
    [InlineData("wanneer rijdt de bus weer")]
    public void AnOffTopicQuestionIsNotAnswered(string question) => Assert.False(_engine.Search(new SearchQuery(question)).Answered, question);

    [Theory]
    [InlineData("tips for internal communication about a decision", "intern")]
    [InlineData("explaining a public transport detour during roadworks", "omleiding")]
    public void TheTipIsFoundForItsTopicInEnglish(string question, string tip)
    {
        var result = _engine.Search(new SearchQuery(question));

        Assert.True(result.Answered, question);
        Assert.Equal(tip, result.Hits[0].Id);
    }
}
