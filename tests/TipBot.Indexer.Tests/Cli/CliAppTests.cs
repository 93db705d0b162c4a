using TipBot.Indexer.Cli;

namespace TipBot.Indexer.Tests.Cli;

public class CliAppTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void CheckOfAGoodFolderExitsZero()
    {
        using var folder = new TempFolder().Write("tips/a.md", "---\ntitle: A\nkind: tip\nfoo: 1\n---\nTekst.\n");

        var (code, output, error) = Run("check", folder.Path);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(["tips/a.md:4: warning: unknown field 'foo' (ignored)", "1 files, 1 documents loaded, 0 errors, 1 warnings"], Lines(output));
    }

    [Fact]
    public void CheckWithErrorsPrintsThemAndExitsOne()
    {
        using var folder = new TempFolder()
            .Write("tips/a.md", "---\ntitle: A\nkind: tipp\n---\nTekst.\n")
            .Write("tips/b.md", "---\ntitle: B\nkind: tip\n---\nTekst.\n");

        var (code, output, _) = Run("check", folder.Path);

        Assert.Equal(1, code);
        Assert.Equal(
            ["tips/a.md:3: error: unknown kind 'tipp' (use one of: tip, case, workshop, coach)", "2 files, 1 documents loaded, 1 errors, 0 warnings"],
            Lines(output));
    }

    [Fact]
    public void CheckReportsBadLinesOfTheLibrarysTermListsAsWarnings()
    {
        using var folder = new TempFolder()
            .Write("tips/a.md", "---\ntitle: A\nkind: tip\n---\nTekst.\n")
            .Write("english-dutch.txt", "# uitleg\nangry => boos\n, => x\n");

        var (code, output, _) = Run("check", folder.Path);

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.StartsWith("english-dutch.txt:3: warning: term list line skipped", lines[0]);
        Assert.Equal("1 files, 1 documents loaded, 0 errors, 1 warnings", lines[^1]);
    }

    [Theory]
    [InlineData]
    [InlineData("chek", "knowledge")]
    [InlineData("check")]
    [InlineData("check", "a", "b")]
    [InlineData("check", "knowledge", "--verbose")]
    [InlineData("check", "knowledge", "--json=1")]
    public void BadArgumentsPrintOneUsageLineAndExitTwo(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        var line = Assert.Single(Lines(error));
        Assert.Contains("usage: ", line);
    }

    [Fact]
    public void MissingFolderIsABadArgument()
    {
        var (code, _, error) = Run("check", Path.Combine(Path.GetTempPath(), "bestaat-niet-" + Guid.NewGuid()));

        Assert.Equal(2, code);
        Assert.Contains("not found", Assert.Single(Lines(error)));
    }

    [Fact]
    public void HelpListsTheVerbs()
    {
        var (code, output, _) = Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("check DIR", output);
    }
}
