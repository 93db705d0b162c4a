using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// A question word the library lacks is matched to a near word of the library only as its typo: not when it is a particle
/// before a word of the library and the near word the same particle before another ("verstand" is not "verband"), nor
/// when one consonant of a long word is swapped for a far key of another sound ("bereid" is not "beleid").
/// </summary>
public sealed class FuzzyTypoTests : IDisposable
{
    private static readonly KnowledgeDocument[] Docs =
    [
        SampleLibrary.Doc("verband", DocumentKind.Tip, "Zie het verband tussen klachten", "Leg klachten naast elkaar en zoek wat ze bindt.", ["klachten"],
            ("", "Drie klachten over een formulier zeggen meer dan een enkele.")),
        SampleLibrary.Doc("stand", DocumentKind.Tip, "Houd de stand van zaken bij", "Een overzicht per week laat zien waar het werk staat.", ["planning"],
            ("", "Schrijf elke vrijdag op wat af is en wat blijft liggen.")),
        SampleLibrary.Doc("beleid", DocumentKind.Tip, "Schrijf beleid samen met de uitvoering", "Wie het werk doet, weet waar het beleid wringt.", ["beleid"],
            ("", "Nodig een uitvoerder uit bij het eerste concept.")),
        SampleLibrary.Doc("brief", DocumentKind.Tip, "Een brief die iemand opstelt", "Wie een brief opstelt, begint met het besluit.", ["brieven"],
            ("", "Zet het besluit bovenaan en de uitleg eronder.")),
    ];

    private readonly TipSearchEngine _engine = TipSearchEngine.InMemory(Docs, SearchResources.ForLibrary(Docs, null, null, new List<Diagnostic>()));

    public void Dispose() => _engine.Dispose();

    private IEnumerable<string> HitIds(string question) => _engine.Search(new SearchQuery(question)).Hits.Select(h => h.Id);

    [Fact]
    public void AParticleBeforeALibraryWordIsNotAnotherWordOfTheSameParticle() => Assert.DoesNotContain("verband", HitIds("verstand"));

    [Fact]
    public void AnInflectedFormAfterTheParticleIsStillMatched() => Assert.Contains("brief", HitIds("opstellen"));

    [Fact]
    public void AFarConsonantOfAnotherSoundIsAnotherWord() => Assert.DoesNotContain("beleid", HitIds("bereid"));

    [Fact]
    public void ANeighbouringKeyIsATypo() => Assert.Contains("beleid", HitIds("bekeid"));
}
