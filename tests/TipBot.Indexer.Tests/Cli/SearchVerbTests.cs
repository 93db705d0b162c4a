using System.Text.Json;
using TipBot.Indexer.Cli;

namespace TipBot.Indexer.Tests.Cli;

public class SearchVerbTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Knowledge => Path.Combine(RepositoryRoot.Find(), "knowledge");

    [Fact]
    public void SearchJsonHasTheContractShape()
    {
        var (code, output, _) = Run("search", "boze bellers aan de telefoon", "--knowledge", Knowledge, "--top", "3", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["query", "answered", "results"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.True(json.RootElement.GetProperty("answered").GetBoolean());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.InRange(results.Count, 1, 3);
        Assert.Equal(["id", "kind", "title", "summary", "section", "snippet", "score", "source", "path"], results[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void BuildThenSearchTheIndexOnDisk()
    {
        var index = Path.Combine(Path.GetTempPath(), "tipbot-cli-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, _) = Run("build", Knowledge, "--index", index);
            Assert.Equal(0, code);
            Assert.Contains("indexed", output);
            (code, output, _) = Run("search", "wat is de hondenbelasting", "--index", index, "--json");
            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
        }
        finally
        {
            if (Directory.Exists(index)) Directory.Delete(index, true);
        }
    }

    [Theory]
    [InlineData("--kind", "coachh")]
    [InlineData("--audience", "burgemeester")]
    [InlineData("--perspective", "b")]
    [InlineData("--top", "0")]
    public void BadFilterValuesAreUsageErrors(string option, string value)
    {
        var (code, _, error) = Run("search", "participatie", "--knowledge", Knowledge, option, value);
        Assert.Equal(2, code);
        Assert.Contains("usage:", error);
    }

    [Fact]
    public void SearchingAnIndexThatWasNeverBuiltIsAUsageError()
    {
        var (code, _, error) = Run("search", "x", "--index", Path.Combine(Path.GetTempPath(), "no-index-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, code);
        Assert.Contains("build", error);
    }

    [Fact]
    public void EvalJsonReportsTheFourMetrics()
    {
        var root = RepositoryRoot.Find();
        var (code, output, _) = Run("eval", "--knowledge", Knowledge, "--queries", Path.Combine(root, "tests", "eval", "queries.tsv"), "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var metrics = json.RootElement.GetProperty("metrics");
        Assert.Equal(["ndcg5", "mrr", "abstain_correct", "false_abstain"], metrics.EnumerateObject().Select(p => p.Name));
        var first = json.RootElement.GetProperty("queries")[0];
        Assert.True(first.GetProperty("results").GetArrayLength() >= 1);
    }
}
