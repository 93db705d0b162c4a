using System.Text.Json;
using TipBot.Indexer.Cli;

namespace TipBot.Indexer.Tests.Cli;

public class EvalVerbTests
{
    private const string Header = "rows the baseline ranks better";

    // "vergunning" and "evenement" are the whole title of the event tip, which the engine weighs, but only the form tip's
    // body holds them as words of their own (the event tip's body has them joined), and the body is all the baseline reads.
    private static TempFolder Library() => new TempFolder()
        .Write("tips/evenement.md", """
            ---
            title: Vergunning voor een evenement
            kind: tip
            summary: Een evenementenvergunning vraag je op tijd aan.
            ---
            ## Zo pak je het aan

            Vraag de evenementenvergunning acht weken vooraf aan. Overleg met de buren en de politie.
            """)
        .Write("tips/formulier.md", """
            ---
            title: Maak je formulier korter
            kind: tip
            summary: Vraag alleen wat je echt nodig hebt.
            ---
            ## Zo pak je het aan

            Een lang formulier schrikt af. Schrap elke vraag die je niet gebruikt. Wie een vergunning voor een evenement
            aanvraagt, wil niet drie keer hetzelfde invullen.
            """);

    private static (int Code, string Output) Eval(TempFolder library, string queries, params string[] flags)
    {
        library.Write("queries.tsv", "query\trelevant\tnote\n" + queries);
        var output = new StringWriter();
        var code = CliApp.Run(
            ["eval", "--knowledge", library.Path, "--queries", Path.Combine(library.Path, "queries.tsv"), .. flags], output, new StringWriter());
        return (code, output.ToString());
    }

    private static string[] SectionLines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => !l.StartsWith(Header, StringComparison.Ordinal)).ToArray();

    [Fact]
    public void TextListsTheRowsTheBaselineRanksBetterWithBothValuesAndFirstIds()
    {
        using var library = Library();

        var (code, output) = Eval(library,
            "vergunning evenement\tformulier:2\tplain the engine reads the title\n"
            + "formulier korter maken\tformulier:2\tplain both rank it first\n"
            + "wat kost een paspoort\tNONE\tnone not a ranked row\n");

        Assert.Equal(0, code);
        Assert.Equal(
            [$"{Header} (1; nDCG@5 engine / baseline, first id engine / baseline):",
             "  [plain] vergunning evenement -> 0.631 / 1.000; evenement / formulier", ""],
            SectionLines(output));
    }

    [Fact]
    public void TextHasNoSuchSectionWhenTheEngineRanksEveryRowAtLeastAsWell()
    {
        using var library = Library();

        var (code, output) = Eval(library, "formulier korter maken\tformulier:2\tplain\n");

        Assert.Equal(0, code);
        Assert.DoesNotContain(Header, output);
    }

    [Fact]
    public void JsonKeepsItsShapeWhenTheBaselineRanksARowBetter()
    {
        using var library = Library();

        var (code, output) = Eval(library, "vergunning evenement\tformulier:2\tplain\n", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["metrics", "baseline", "categories", "queries"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["query", "answered", "results"], json.RootElement.GetProperty("queries")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void BaselineJsonWritesThePlainBaselinesOwnResultsPerRow()
    {
        using var library = Library();
        var file = Path.Combine(library.Path, "baseline.json");

        var (code, output) = Eval(library, "vergunning evenement\tformulier:2\tplain\n", "--json", "--baseline-json", file);

        Assert.Equal(0, code);
        using var baseline = JsonDocument.Parse(File.ReadAllText(file));
        using var engine = JsonDocument.Parse(output);
        var row = baseline.RootElement.GetProperty("queries")[0];
        Assert.Equal("vergunning evenement", row.GetProperty("query").GetString());
        Assert.Equal("formulier", row.GetProperty("results")[0].GetString());
        Assert.Equal("evenement", engine.RootElement.GetProperty("queries")[0].GetProperty("results")[0].GetString());
        Assert.Equal(engine.RootElement.GetProperty("baseline").GetProperty("ndcg5").GetDouble(),
            baseline.RootElement.GetProperty("metrics").GetProperty("ndcg5").GetDouble());
    }

    [Fact]
    public void ABaselineJsonFileInAFolderThatDoesNotExistIsAOneLineUsageError()
    {
        using var library = Library();
        library.Write("queries.tsv", "query\trelevant\tnote\nvergunning evenement\tformulier:2\tplain\n");
        var error = new StringWriter();
        var code = CliApp.Run(["eval", "--knowledge", library.Path, "--queries", Path.Combine(library.Path, "queries.tsv"),
            "--baseline-json", Path.Combine(library.Path, "missing", "baseline.json")], new StringWriter(), error);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("usage: ", line);
    }

    [Fact]
    public void FeaturesWritesOneLinePerQuestionWithItsCandidatesInTheOrderShown()
    {
        using var library = Library();
        var features = Path.Combine(library.Path, "features.jsonl");
        var (code, _) = Eval(library, "vergunning evenement\tformulier:2\tplain\nbrief schrijven\tNONE\tnone\n", "--json", "--features", features);

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(features);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var row = first.RootElement;
        Assert.Equal("vergunning evenement", row.GetProperty("query").GetString());
        var results = row.GetProperty("results").EnumerateArray().Select(e => e.GetString()).ToList();
        var candidates = row.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(["evenement", "formulier"], results);
        Assert.Equal(results, candidates);
        Assert.Equal(2, row.GetProperty("groups").GetInt32());
        var judge = row.GetProperty("judge");
        Assert.Equal(row.GetProperty("answered").GetBoolean(), judge.GetProperty("HandAccepts").GetBoolean());
        Assert.Equal("evenement", judge.GetProperty("Candidates")[0].GetProperty("Id").GetString());
    }
}
