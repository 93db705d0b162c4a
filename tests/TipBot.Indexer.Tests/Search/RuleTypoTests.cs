using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// A word the library lacks is read as a typo of a rule's word only when the library uses no other word as near to it:
/// "beler" is the library's "beller" mistyped before it is the rule's "beleving".
/// </summary>
public sealed class RuleTypoTests : IDisposable
{
    private static readonly KnowledgeDocument[] Docs =
    [
        SampleLibrary.Doc("bellers", DocumentKind.Tip, "Laat een boze beller uitpraten", "Bellers die boos zijn willen eerst gehoord worden.", ["klantcontact"],
            ("", "Onderbreek de beller niet en vat daarna samen wat je hoorde.")),
        SampleLibrary.Doc("reis", DocumentKind.Tip, "Teken de reis van de inwoner", "Zie je dienst door de ogen van wie hem gebruikt.", ["dienstverlening"],
            ("", "Loop elke stap na die een inwoner zet, van de eerste vraag tot het besluit.")),
    ];

    private readonly TipSearchEngine _engine = TipSearchEngine.InMemory(Docs, SearchResources.ForLibrary(Docs, "beleving, klantbeleving, klantreis", null, new List<Diagnostic>()));

    public void Dispose() => _engine.Dispose();

    private static string Stem(string word) => DutchStemming.Stem(word);

    [Fact]
    public void AWordAsNearToALibraryWordAsToARuleWordIsNotReadAsTheRuleWord()
    {
        var g = Assert.Single(QueryAnalysis.Analyze(_engine.Snapshot, "beler"));
        Assert.True(g.Unknown);
        Assert.DoesNotContain(Stem("klantbeleving"), g.Alternatives);
        Assert.Equal("bellers", _engine.Search(new SearchQuery("boze beler")).Hits[0].Id);
    }

    [Fact]
    public void ATypoNearestToARuleWordGetsTheRule() =>
        Assert.Contains(Stem("klantreis"), Assert.Single(QueryAnalysis.Analyze(_engine.Snapshot, "klantrijs")).Alternatives);
}
