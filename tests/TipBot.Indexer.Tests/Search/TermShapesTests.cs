using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A snippet passes over a token whose shape no question term has: that must never pass over a question term.</summary>
public class TermShapesTests
{
    private static readonly string[] Terms = ["inwoner", "brief", "b", "balie", "é", "kcc's", "wijkteam", "e-mail", "participatie", "inwoners"];

    [Fact]
    public void EveryKeyOfAnOrdinalSetHasOneOfItsShapes()
    {
        var set = Terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var shapes = TermShapes.Of(set);

        Assert.All(Terms, t => Assert.NotEqual(0UL, shapes & TermShapes.Of(t)));
        Assert.NotEqual(TermShapes.All, shapes);
        // Another word of another shape is passed over; the empty set passes over everything.
        Assert.Equal(0UL, shapes & TermShapes.Of("zzz"));
        Assert.Equal(0UL, TermShapes.Of(new Dictionary<string, int>(StringComparer.Ordinal)));
    }

    [Fact]
    public void ASetThatIsNotOrdinalPassesOverNothing()
    {
        var ignoringCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["brief"] = 0 };
        IReadOnlyDictionary<string, int> sorted = new SortedDictionary<string, int> { ["brief"] = 0 };

        // "Brief" is in the first set, with another shape than "brief".
        Assert.True(ignoringCase.ContainsKey("Brief"));
        Assert.Equal(TermShapes.All, TermShapes.Of(ignoringCase));
        Assert.Equal(TermShapes.All, TermShapes.Of(sorted));
        Assert.Equal(1UL, TermShapes.Of(""));
    }
}
