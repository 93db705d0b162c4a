using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The engine's own term lists: every library gets them, and a library's lists add to them.</summary>
public sealed class BuiltInVocabularyTests
{
    private static readonly KnowledgeDocument[] Docs =
    [
        SampleLibrary.Doc("boze-inwoners", DocumentKind.Tip, "Omgaan met boze inwoners aan de balie", "Blijf rustig en luister.", ["balie"],
            ("", "Een boze inwoner aan de balie wil vooral gehoord worden.")),
        SampleLibrary.Doc("mantelzorg", DocumentKind.Tip, "Zie de mantelzorger", "Vraag ook naar wie er zorgt.", ["zorg"],
            ("", "Een mantelzorger zorgt voor een naaste en raakt soms overbelast.")),
        SampleLibrary.Doc("stadsgenoten", DocumentKind.Tip, "Spreek met stadsgenoten", "Ga de straat op.", ["gesprek"],
            ("", "Stadsgenoten vertellen je op straat wat er speelt.")),
    ];

    private static List<string> Ids(SearchResources resources, string question)
    {
        using var engine = TipSearchEngine.InMemory(Docs, resources);
        return engine.Search(new SearchQuery(question)).Hits.Select(h => h.Id).ToList();
    }

    [Fact]
    public void TheBuiltInListsReadWithoutAnyWarning()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.NotNull(TermListReader.Read(BuiltInVocabulary.English, "english", addEnglishPlurals: true, diagnostics));
        Assert.NotNull(TermListReader.ReadRules(BuiltInVocabulary.Synonyms, "synonyms", diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ALibraryWithoutListsIsStillFoundInEnglishAndThroughGeneralSynonyms()
    {
        var resources = SearchResources.ForLibrary(Docs, null, null, new List<Diagnostic>());
        Assert.Equal("boze-inwoners", Ids(resources, "angry residents at the front desk")[0]);
        Assert.Equal("mantelzorg", Ids(resources, "informal carers")[0]);
        Assert.Equal("boze-inwoners", Ids(resources, "kwade burgers bij het loket")[0]);
    }

    [Fact]
    public void ALibrarysOwnLinesAddToTheBuiltInOnes()
    {
        var without = SearchResources.ForLibrary(Docs, null, null, new List<Diagnostic>());
        Assert.DoesNotContain("stadsgenoten", Ids(without, "fellow townspeople"));
        Assert.DoesNotContain("stadsgenoten", Ids(without, "inwoners"));

        var with = SearchResources.ForLibrary(Docs, "inwoner, inwoners, stadsgenoot, stadsgenoten", "fellow townspeople => stadsgenoten", new List<Diagnostic>());
        Assert.Equal("stadsgenoten", Ids(with, "fellow townspeople")[0]);
        Assert.Contains("stadsgenoten", Ids(with, "inwoners"));
        // The built-in words of the same line still work next to the library's.
        Assert.Contains("boze-inwoners", Ids(with, "angry citizens"));
        Assert.Contains("boze-inwoners", Ids(with, "boze burgers"));
    }

    [Fact]
    public void ABadLineInALibrarysListIsReportedWithItsOwnFileAndLine()
    {
        var diagnostics = new List<Diagnostic>();
        SearchResources.ForLibrary(Docs, "burger, inwoner\n!!!, ???\n", "angry => boos\n=> boos\n", diagnostics);
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Path == SearchResources.SynonymsFile && d.Line == 2 && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(diagnostics, d => d.Path == SearchResources.EnglishFile && d.Line == 2 && d.Severity == DiagnosticSeverity.Warning);
    }
}
