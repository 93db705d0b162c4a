using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// The built-in English list reads Dutch questions too, and its keys as stems: a key that is a Dutch word ("bus", or "buses"
/// whose stem is "bus") would widen a resident's Dutch question to the library's topic. A timetable question is not answered
/// by a library with a tip on public transport during roadworks; the tip is still found for its topic, in English too.
/// </summary>
public sealed class DutchKeyInEnglishListTests : IDisposable
{
    private static readonly KnowledgeDocument[] Docs =
    [
        SampleLibrary.Doc("omleiding", DocumentKind.Tip, "Leg een omleiding van het openbaar vervoer uit in gewone taal", "Reizigers willen weten hoe hun eigen rit verandert tijdens de werkzaamheden.",
            ["openbaar vervoer", "wegwerkzaamheden"], ("", "Zet bij elke halte een kaart met de tijdelijke route en zeg hoe lang de omleiding duurt.")),
        SampleLibrary.Doc("brief", DocumentKind.Tip, "Schrijf je brief op B1", "Korte zinnen en gewone woorden.", ["brieven"],
            ("", "Lees je brief hardop voor en schrap wat een inwoner niet nodig heeft.")),
    ];

    private readonly TipSearchEngine _engine = TipSearchEngine.InMemory(Docs, SearchResources.ForLibrary(Docs, null, null, new List<Diagnostic>()));

    public void Dispose() => _engine.Dispose();

    [Theory]
    [InlineData("hoe laat rijdt de bus")]
    [InlineData("wanneer rijdt de bus weer")]
    public void ATimetableQuestionIsNotAnswered(string question) => Assert.False(_engine.Search(new SearchQuery(question)).Answered, question);

    [Fact]
    public void TheTipIsFoundForItsTopicInEnglish()
    {
        var result = _engine.Search(new SearchQuery("explaining a public transport detour during roadworks"));

        Assert.True(result.Answered);
        Assert.Equal("omleiding", result.Hits[0].Id);
    }
}
