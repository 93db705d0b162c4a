using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class SplitCompoundsTests
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase) { "laaggeletterde", "slechtnieuwsgesprek", "klantreis", "eengesprek" };

    [Theory]
    [InlineData("laag geletterde inwoners", "laaggeletterde inwoners")]
    [InlineData("tips voor een slecht nieuws gesprek", "tips voor een slechtnieuwsgesprek")]
    [InlineData("Klant reis tekenen", "Klantreis tekenen")]
    public void WordsTheLibraryWritesAsOneAreJoined(string question, string expected) => Assert.Equal(expected, SplitCompounds.Join(question, Known.Contains));

    [Theory]
    [InlineData("na een gesprek")]
    [InlineData("laag, geletterde inwoners")]
    [InlineData("klant en reis")]
    public void StopWordsPunctuationAndUnknownJoinsStayApart(string question) => Assert.Equal(question, SplitCompounds.Join(question, Known.Contains));

    [Fact]
    public void ASplitCompoundFindsTheTipThatWritesItAsOneWord()
    {
        IReadOnlyList<KnowledgeDocument> docs =
        [
            SampleLibrary.Doc("lezen", DocumentKind.Tip, "Houd rekening met laaggeletterde inwoners", "Veel mensen lezen moeizaam.", ["laaggeletterdheid"],
                ("", "Laaggeletterde inwoners verbergen het vaak.")),
            SampleLibrary.Doc("dijk", DocumentKind.Case, "Waterschap Lage Landen versterkt een dijk", "Een dijk uitleggen aan bewoners.", ["dijk"],
                ("", "Bewoners van de Lage Landen kregen een brief over de lage dijk.")),
        ];
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs));
        Assert.Equal("lezen", engine.Search(new SearchQuery("laag geletterde inwoners")).Hits[0].Id);
    }
}
