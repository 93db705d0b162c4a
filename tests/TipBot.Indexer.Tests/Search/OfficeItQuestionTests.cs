using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// A question about the office's own IT (a password, logging in) is off-topic however its system is named: the built-in
/// English list does not read "intranet" as "interne communicatie", so a library with a tip on internal communication does
/// not answer "I forgot my intranet password" (the "reset mijn wachtwoord"). The tip is still found for its topic.
/// </summary>
public sealed class OfficeItQuestionTests : IDisposable
{
    private static readonly KnowledgeDocument[] Docs =
    [
        SampleLibrary.Doc("intern", DocumentKind.Tip, "Interne communicatie: collega's horen het eerst", "Vertel collega's wat inwoners te horen krijgen voordat het in de krant staat.",
            ["interne communicatie"], ("", "Zet nieuws over een besluit eerst op het intranet en in het teamoverleg, zodat de balie vragen kan beantwoorden.")),
        SampleLibrary.Doc("brief", DocumentKind.Tip, "Schrijf je brief op B1", "Korte zinnen en gewone woorden.", ["brieven"],
            ("", "Lees je brief hardop voor en schrap wat een inwoner niet nodig heeft.")),
    ];

    private readonly TipSearchEngine _engine = TipSearchEngine.InMemory(Docs, SearchResources.ForLibrary(Docs, null, null, new List<Diagnostic>()));

    public void Dispose() => _engine.Dispose();

    [Theory]
    [InlineData("I forgot my intranet password")]
    [InlineData("can't log in to the intranet")]
    [InlineData("wachtwoord van het intranet vergeten")]
    public void AQuestionAboutLoggingInIsNotAnswered(string question) => Assert.False(_engine.Search(new SearchQuery(question)).Answered, question);

    [Fact]
    public void TheTipIsFoundForItsTopicInEnglish()
    {
        var result = _engine.Search(new SearchQuery("tips for internal communication about a decision"));

        Assert.True(result.Answered);
        Assert.Equal("intern", result.Hits[0].Id);
    }
}
