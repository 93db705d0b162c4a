using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The second pass over places 2 and below: how much of what a document holds of the question its best section holds.</summary>
public class SectionShareTests
{
    private const string Question = "inspraakavond terugkoppeling";

    // "samen" treats both words in one section; "verspreid" names each in another section; "leider" is about the question
    // in its title, summary and one section, and stays first.
    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("leider", DocumentKind.Tip, "Terugkoppeling na een inspraakavond", "Geef na een inspraakavond altijd terugkoppeling.", ["participatie"],
            ("Hoe", "Stuur na de inspraakavond binnen een week een terugkoppeling aan iedereen die kwam.")),
        SampleLibrary.Doc("samen", DocumentKind.Tip, "Bewoners op de hoogte houden", "Laat mensen weten wat er gebeurt.", ["participatie"],
            ("Na afloop", "Na elke inspraakavond volgt een korte terugkoppeling per brief."),
            ("Daarna", "Houd een lijst bij van wie er was.")),
        SampleLibrary.Doc("verspreid", DocumentKind.Tip, "Bewoners op de hoogte houden", "Laat mensen weten wat er gebeurt.", ["participatie"],
            ("Vooraf", "Kondig de inspraakavond ruim van tevoren aan."),
            ("Daarna", "Een terugkoppeling per brief werkt goed.")),
    ];

    [Fact]
    public void ADocumentWithTheQuestionInOneSectionHoldsAllOfItThere()
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library));
        var s = engine.Snapshot;
        var groups = QueryAnalysis.Analyze(s, Question);
        var terms = new TermMatcher(groups, s.NearTerms).AllMatchingTerms()!;
        using var postings = s.Postings.Rent();

        // An id the library lacks has no doc (-1).
        var best = SectionShare.BestSectionCoverage(s, Docs(s, "samen", "verspreid", "onbekend"), groups, terms, postings, out _)!;

        Assert.Equal(1.0, best[0], 6);
        // Each word alone: the heavier of the two, less than the whole.
        Assert.InRange(best[1], 0.3, 0.7);
        // No sections: no reading.
        Assert.Equal(-1, best[2]);
    }

    [Fact]
    public void ThePageFindsTheMasksTheSecondPassReadAndReadsTheOthersAsAReadOfAllGivesThem()
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library));
        var s = engine.Snapshot;
        var groups = QueryAnalysis.Analyze(s, Question);
        var terms = new TermMatcher(groups, s.NearTerms).AllMatchingTerms()!;
        using var postings = s.Postings.Rent();
        int[] Entries(params string[] ids) => [.. ids.SelectMany(s.SectionEntriesOf).Order()];

        // Read for two of the three; the page asks all three, the first's held nowhere.
        _ = SectionShare.BestSectionCoverage(s, Docs(s, "samen", "verspreid"), groups, terms, postings, out var read);
        var all = Entries("leider", "samen", "verspreid");
        var expected = SectionGroups.Read(s, all, terms, postings)!;

        Assert.Equal(Entries("samen", "verspreid").Length, read!.Count);
        Assert.Contains(expected, m => m != 0);
        Assert.Equal(expected, read.For(s, all, postings));
        Assert.Equal(SectionGroups.Read(s, Entries("samen"), terms, postings)!, read.For(s, Entries("samen"), postings));
    }

    // The whole-document entries of the ids, as a search's candidates have them (-1 for an unknown id).
    private static int[] Docs(IndexSnapshot s, params string[] ids) => [.. ids.Select(s.DocumentEntryOf)];

    [Fact]
    public void TheFactorIsOneForAFullShareAndTheFloorsShareForNone()
    {
        var options = RankingOptions.Default with { SectionShareFloor = 0.5, SectionShareExponent = 0.4 };
        Assert.Equal(1.0, options.SectionShareFactor(0.6, 0.6), 9);
        Assert.Equal(1.0, options.SectionShareFactor(0.8, 0.6), 9);
        Assert.Equal(Math.Pow(0.5 / 1.5, 0.4), options.SectionShareFactor(0, 0.6), 9);
        Assert.Equal(Math.Pow(1.0 / 1.5, 0.4), options.SectionShareFactor(0.3, 0.6), 9);
        // Without sections, without coverage or without the pass: no change.
        Assert.Equal(1.0, options.SectionShareFactor(-1, 0.6));
        Assert.Equal(1.0, options.SectionShareFactor(0.3, 0));
        Assert.Equal(1.0, (options with { SectionShareExponent = 0 }).SectionShareFactor(0, 0.6));
    }

    [Fact]
    public void TheDocumentThatTreatsTheQuestionInOnePlaceGoesAboveTheOneThatSpreadsItAndTheFirstStays()
    {
        // The two hold the same words in texts of the same length: without the pass BM25 leaves them in library order.
        var reversed = Library.Reverse().ToArray();
        var off = RankingOptions.Default with { SectionShareExponent = 0 };
        Assert.Equal(["leider", "samen", "verspreid"], Ids(Library, off));
        Assert.Equal(["leider", "verspreid", "samen"], Ids(reversed, off));

        Assert.Equal(["leider", "samen", "verspreid"], Ids(Library, RankingOptions.Default));
        Assert.Equal(["leider", "samen", "verspreid"], Ids(reversed, RankingOptions.Default));
    }

    private static List<string> Ids(KnowledgeDocument[] docs, RankingOptions options)
    {
        using var engine = TipSearchEngine.InMemory(docs, SampleLibrary.Resources(docs), options);
        return engine.Search(new SearchQuery(Question) { Top = 10 }).Hits.Select(h => h.Id).ToList();
    }
}
