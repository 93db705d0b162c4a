using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Library;

public class KnowledgeLoaderTests
{
    private static string Tip(string title, string extra = "") => $"---\ntitle: {title}\nkind: tip\n{extra}---\nTekst over {title}.\n";

    [Fact]
    public void LoadsEveryMarkdownFileInPathOrderIncludingSubFolders()
    {
        using var folder = new TempFolder()
            .Write("tips/b.md", Tip("B"))
            .Write("tips/a.md", Tip("A"))
            .Write("cases/diep/genest/c.md", Tip("C"))
            .Write("d.md", Tip("D"));

        var set = KnowledgeLoader.Load(folder.Path);

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["cases/diep/genest/c.md", "d.md", "tips/a.md", "tips/b.md"], set.Documents.Select(d => d.Path));
    }

    [Fact]
    public void IgnoresNonMarkdownDraftsAndHiddenFiles()
    {
        using var folder = new TempFolder()
            .Write("tips/a.md", Tip("A"))
            .Write("tips/_concept.md", "kapot")
            .Write("tips/.verborgen.md", "kapot")
            .Write("_drafts/x.md", "kapot")
            .Write(".git/y.md", "kapot")
            .Write("synonyms.txt", "burger, inwoner")
            .Write("tips/a.md.bak", "kapot");

        var set = KnowledgeLoader.Load(folder.Path);

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["a"], set.Documents.Select(d => d.Id));
    }

    [Fact]
    public void TheFolderNeverDecidesTheKind()
    {
        using var folder = new TempFolder()
            .Write("tips/eigenlijk-een-casus.md", "---\ntitle: C\nkind: case\n---\nx\n");

        Assert.Equal(DocumentKind.Case, KnowledgeLoader.Load(folder.Path).Documents.Single().Kind);
    }

    [Fact]
    public void OneBadFileIsSkippedAndTheOthersStillLoad()
    {
        using var folder = new TempFolder()
            .Write("tips/a.md", Tip("A"))
            .Write("tips/b.md", "---\ntitle: [kapot\n---\nx\n")
            .Write("tips/c.md", "geen front matter\n")
            .Write("tips/d.md", Tip("D"));

        var set = KnowledgeLoader.Load(folder.Path);

        Assert.True(set.HasErrors);
        Assert.Equal(["a", "d"], set.Documents.Select(d => d.Id));
        Assert.Equal(["tips/b.md", "tips/c.md"], set.Diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void DuplicateIdIsAnErrorOnTheLaterFileNamingTheFirst()
    {
        using var folder = new TempFolder()
            .Write("tips/a.md", Tip("A", "id: zelfde\n"))
            .Write("tips/b.md", Tip("B", "kind: tip\n").Replace("kind: tip\nkind: tip\n", "kind: tip\nid: zelfde\n"))
            .Write("cases/zelfde.md", Tip("C"));

        var set = KnowledgeLoader.Load(folder.Path);

        // cases/ sorts first, so it keeps the id and both tips are the later files.
        Assert.Equal(["cases/zelfde.md"], set.Documents.Select(d => d.Path));
        Assert.Equal(
            ["tips/a.md:4: error: duplicate id 'zelfde': already used by cases/zelfde.md",
             "tips/b.md:4: error: duplicate id 'zelfde': already used by cases/zelfde.md"],
            set.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void RelatedIdNotInTheLibraryIsAWarning()
    {
        using var folder = new TempFolder()
            .Write("tips/a.md", Tip("A", "related: [b, bestaat-niet]\n"))
            .Write("tips/b.md", Tip("B", "related: [a]\n"));

        var set = KnowledgeLoader.Load(folder.Path);

        Assert.Equal(2, set.Documents.Count);
        Assert.False(set.HasErrors);
        Assert.Equal("tips/a.md:4: warning: 'related' names 'bestaat-niet', which is not an id in the library",
            Assert.Single(set.Diagnostics).ToString());
    }

    [Fact]
    public void RelatedToASkippedFileIsAWarning()
    {
        using var folder = new TempFolder()
            .Write("tips/a.md", Tip("A", "related: [b]\n"))
            .Write("tips/b.md", "---\ntitle: B\n---\nx\n");

        var set = KnowledgeLoader.Load(folder.Path);

        Assert.Contains(set.Diagnostics, d => d.Path == "tips/a.md" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(set.Diagnostics, d => d.Path == "tips/b.md" && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void DiagnosticsAreOrderedByPathThenLine()
    {
        using var folder = new TempFolder()
            .Write("z.md", "---\ntitle: Z\nkind: tip\nb: 1\na: 2\n---\nx\n")
            .Write("a.md", "kapot\n");

        var set = KnowledgeLoader.Load(folder.Path);

        Assert.Equal(["a.md:1", "z.md:4", "z.md:5"], set.Diagnostics.Select(d => $"{d.Path}:{d.Line}"));
    }

    [Fact]
    public void MissingFolderThrows()
    {
        Assert.Throws<DirectoryNotFoundException>(() => KnowledgeLoader.Load(Path.Combine(Path.GetTempPath(), "bestaat-niet-" + Guid.NewGuid())));
    }

    [Theory]
    [InlineData("tips/a.md", true)]
    [InlineData("tips/A.MD", true)]
    [InlineData("a.md", true)]
    [InlineData("tips/_a.md", false)]
    [InlineData("_concepten/a.md", false)]
    [InlineData(".obsidian/a.md", false)]
    [InlineData("tips/a.txt", false)]
    [InlineData("synonyms.txt", false)]
    public void KnowsWhichFilesAreKnowledgeFiles(string path, bool expected)
    {
        Assert.Equal(expected, KnowledgeLoader.IsKnowledgeFile(path));
    }
}
