using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The phrase pass: a question's word pairs, function words included, held as runs in a candidate's own text.</summary>
public class PhraseRunsTests
{
    private static (ulong[] First, ulong[] Second, ulong Shapes) Pairs(string question)
    {
        var first = new ulong[PhraseRuns.MaxPairs];
        var second = new ulong[PhraseRuns.MaxPairs];
        var count = PhraseRuns.QuestionPairs(question, first, second, out var shapes);
        return (first[..count], second[..count], shapes);
    }

    private static ulong Held(string question, KnowledgeDocument document)
    {
        var (first, second, shapes) = Pairs(question);
        return PhraseRuns.HeldBy(document, first, second, shapes);
    }

    private static KnowledgeDocument Doc(string title, string text) =>
        SampleLibrary.Doc("d", DocumentKind.Tip, title, "Een korte samenvatting.", ["wijk"], ("Aanpak", text));

    [Fact]
    public void AQuestionsPairsAreItsNeighbouringWordsWithinASentenceThatHoldAFunctionWord()
    {
        // Five words, four pairs, each with a function word; a full stop ends a sentence, so "als" and "Wat" make no pair.
        Assert.Equal(4, Pairs("Ze bellen pas als het").First.Length);
        Assert.Equal(3 + 1, Pairs("Ze komen pas als. Wat dan?").First.Length);
        // Two content words are left to the engine's own reading.
        Assert.Empty(Pairs("lege stoelen").First);
        Assert.Equal(3, Pairs("lege stoelen in de zaal").First.Length);
        Assert.Empty(Pairs("wachtlijst").First);
        Assert.Empty(Pairs("").First);
    }

    [Fact]
    public void FunctionWordsAreKeptAndCaseAndAccentsDoNotMatter()
    {
        var document = Doc("Vroeg erbij zijn", "Veel huurders melden zich pas als de achterstand groot is.");
        Assert.Equal(0b111UL, Held("Melden zich PAS ALS", document));
        Assert.Equal(0b1UL, Held("één keer", Doc("Eén keer per jaar", "Niets.")));
    }

    [Fact]
    public void ARunMustBeInOrderWithinOneSentence()
    {
        var document = Doc("Vroeg erbij zijn", "Huurders melden zich pas. Als het misgaat bellen ze.");
        // "zich pas" is held; "pas als" is cut by the full stop; "als zich" is the wrong order.
        Assert.Equal(0b1UL, Held("zich pas als", document));
        Assert.Equal(0UL, Held("pas zich", document));
    }

    [Fact]
    public void TheTitleTagsAndHeadingsAreReadAndDoNotRunIntoEachOther()
    {
        var document = SampleLibrary.Doc("d", DocumentKind.Tip, "Niemand komt opdagen", "Als niemand komt.", ["na afloop", "voor de avond"], ("Wat werkt", "Nodig persoonlijk uit."));
        Assert.Equal(0b1UL, Held("niemand komt", document));
        Assert.Equal(0b1UL, Held("wat werkt", document));
        // Two tags are two fields, as are the title and the summary: no run across them.
        Assert.Equal(0UL, Held("afloop voor", document));
        Assert.Equal(0UL, Held("opdagen als", document));
    }

    [Fact]
    public void ADocumentWithoutSectionsIsReadFromItsBody()
    {
        var document = new KnowledgeDocument
        {
            Id = "b", Kind = DocumentKind.Tip, Title = "Terugbellen", Summary = "Bel terug.", Path = "b.md",
            Body = "Mensen horen daarna nooit meer iets van de gemeente.",
        };
        Assert.Equal(0b11UL, Held("nooit meer iets", document));
    }

    // "leider" is about the question's words in its title, summary and tags; "informeren" and "na-afloop" hold them in their
    // text, and only "na-afloop" holds the situation's function words in the question's order.
    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("leider", DocumentKind.Tip, "Bewoners en besluiten: wat horen zij", "Bewoners horen over besluiten.", ["besluiten", "bewoners", "horen"],
            ("Aanpak", "Zorg dat bewoners horen welke besluiten er vallen, en over besluiten die hen raken.")),
        SampleLibrary.Doc("informeren", DocumentKind.Tip, "Bewoners laten horen wat besluiten betekenen", "Vertel bewoners welke besluiten er zijn.", ["besluiten", "bewoners"],
            ("Aanpak", "Laat aan bewoners horen welke besluiten er vallen. Bewoners willen horen wat er met besluiten gebeurt.")),
        SampleLibrary.Doc("na-afloop", DocumentKind.Tip, "Terugkoppelen", "Laat weten wat je met de inbreng deed.", ["inbreng"],
            ("Waarom", "Na een avond horen bewoners nooit meer iets over de besluiten.")),
        SampleLibrary.Doc("ander", DocumentKind.Tip, "Een bewonersavond voorbereiden", "Bereid de avond goed voor.", ["avond"],
            ("Aanpak", "Zorg voor koffie en een duidelijke agenda.")),
    ];

    [Fact]
    public void ACandidateHoldingTheQuestionsRunsGoesUpTheFirstStaysAndWithoutThePassTheOrderIsTheOld()
    {
        const string question = "bewoners horen nooit meer iets over besluiten";
        using var plain = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), RankingOptions.Default with { PhraseWeight = 0 });
        using var phrased = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), RankingOptions.Default with { PhraseWeight = 10 });

        var before = plain.Search(new SearchQuery(question)).Hits.Select(h => h.Id).ToList();
        var found = phrased.Search(new SearchQuery(question)).Hits;
        var after = found.Select(h => h.Id).ToList();

        Assert.Equal(["leider", "informeren", "na-afloop"], before.Take(3));
        Assert.Equal(["leider", "na-afloop", "informeren"], after.Take(3));
        Assert.Equal(before.Order(), after.Order());
        Assert.Equal(found.Select(h => h.Score).OrderByDescending(s => s), found.Select(h => h.Score));
    }
}
