using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// A misspelt compound splits into a part the library knows and a misspelt one; a document that holds the compound's near form
/// (the word the fuzzy query searches) covers it as a near form, not as half of its parts.
/// </summary>
public sealed class MisspeltCompoundTests : IDisposable
{
    private readonly TipSearchEngine _engine = TipSearchEngine.InMemory(
    [
        SampleLibrary.Doc("avond", DocumentKind.Tip, "Bereid een bewonersavond voor", "Een bewonersavond begint met de zorgen van de zaal.", ["participatie"],
            ("", "Begin de bewonersavond met een rondje waarin mensen hun zorgen kwijt kunnen.")),
        SampleLibrary.Doc("budget", DocumentKind.Tip, "Laat bewoners een budget verdelen", "Bewoners beslissen zelf over een deel van het geld.", ["participatie"],
            ("", "Geef de buurt een eigen budget en laat bewoners kiezen.")),
    ]);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void ADocumentWithTheNearFormGetsANearFormsCreditWhereOneWithAPartGetsThePartsShare()
    {
        var s = _engine.Snapshot;
        var groups = QueryAnalysis.Analyze(s, "bewonersavnd");
        var g = Assert.Single(groups);
        Assert.True(g.Unknown);
        Assert.Contains("bewoner", g.Parts);
        var matcher = new TermMatcher(groups, s.NearTerms);

        Assert.Equal(0.8, matcher.Coverage(s.TermsOf(_engine.Get("avond")!)), 3);
        Assert.Equal(0.9 / g.Parts.Count, matcher.Coverage(s.TermsOf(_engine.Get("budget")!)), 3);
    }

    [Fact]
    public void AKnownCompoundStillGetsItsPartsShare()
    {
        var s = _engine.Snapshot;
        var groups = QueryAnalysis.Analyze(s, "bewonersavond");
        var g = Assert.Single(groups);
        Assert.False(g.Unknown);
        Assert.Equal(1, new TermMatcher(groups, s.NearTerms).Coverage(s.TermsOf(_engine.Get("avond")!)), 3);
    }
}
