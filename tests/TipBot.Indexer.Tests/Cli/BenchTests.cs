using System.Text.RegularExpressions;
using TipBot.Indexer.Cli;
using TipBot.Indexer.Cli.Bench;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Cli;

/// <summary>The bench's machinery (corpus, engines, argument handling); its timings are never asserted.</summary>
public class BenchTests
{
    private static readonly Lazy<SyntheticCorpus> Corpus = new(() =>
        SyntheticCorpus.FromLibrary(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents));

    [Fact]
    public void CorpusIsDeterministicAndValidKnowledge()
    {
        var again = SyntheticCorpus.FromLibrary(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

        for (var i = 0; i < 50; i++)
        {
            var text = Corpus.Value.Markdown(i);
            Assert.Equal(text, again.Markdown(i));
            var result = KnowledgeFileParser.Parse(SyntheticCorpus.PathOf(i), text);
            Assert.Empty(result.Diagnostics);
            Assert.Equal(SyntheticCorpus.IdOf(i), result.Document!.Id);
            Assert.Equal(4, result.Document.Sections.Count);
        }

        Assert.NotEqual(Corpus.Value.Markdown(1), Corpus.Value.Markdown(2));
    }

    [Fact]
    public void TipsHaveAboutThreeHundredWords()
    {
        var words = Enumerable.Range(0, 100).Average(i =>
        {
            var text = Corpus.Value.Markdown(i);
            return Regex.Count(text[text.IndexOf("\n---\n", StringComparison.Ordinal)..], @"\p{L}+");
        });

        Assert.InRange(words, 270, 360);
    }

    [Fact]
    public void CorpusWorksWithoutALibrary()
    {
        var corpus = SyntheticCorpus.FromLibrary([]);

        Assert.True(corpus.VocabularySize >= 20_000);
        Assert.Null(KnowledgeFileParser.Parse("a.md", corpus.Markdown(0)).Diagnostics.FirstOrDefault());
    }

    [Fact]
    public void QueriesAreDeterministicAndUseCorpusWords()
    {
        var queries = Corpus.Value.Queries(100, 30);

        Assert.Equal(queries, Corpus.Value.Queries(100, 30));
        Assert.Equal(30, queries.Count);
        Assert.All(queries, q => Assert.False(string.IsNullOrWhiteSpace(q)));
    }

    [Theory]
    [InlineData("burger participatie", "\"burger\" OR \"participatie\"")]
    [InlineData("hoe \"krijg\" ik: collega's mee?", "\"hoe\" OR \"krijg\" OR \"ik\" OR \"collega\" OR \"s\" OR \"mee\"")]
    [InlineData("?!", "\"\"")]
    public void Fts5MatchExpressionQuotesEveryWord(string query, string expected)
    {
        Assert.Equal(expected, Fts5Stage.MatchExpression(query));
    }

    [Fact]
    public void Fts5StageFindsTheCorpusAndItsUpdates()
    {
        var result = Fts5Stage.Run(Corpus.Value, 150, null, 40, TextWriter.Null);

        Assert.Equal(150, result.Documents);
        Assert.Equal(40, result.Queries);
        Assert.True(result.HitRate > 0.9, $"hit rate {result.HitRate}");
        Assert.True(result.PeakBytes > 0);
        Assert.True(result.P50Ms <= result.P99Ms);
    }

    [Fact]
    public void LuceneStageFindsTheCorpusAndItsUpdates()
    {
        var result = LuceneStage.Run(Corpus.Value, 150, Path.Combine(RepositoryRoot.Find(), "knowledge"), 40, TextWriter.Null);

        Assert.Equal(150, result.Documents);
        Assert.Equal(40, result.Queries);
        Assert.True(result.HitRate > 0.9, $"hit rate {result.HitRate}");
        Assert.True(result.NrtMedianMs > 0);
        Assert.True(result.RebuildSeconds > 0);
        Assert.Equal(150 / result.RebuildSeconds, result.RebuildDocsPerSecond, 6);
    }

    [Theory]
    [InlineData("bench", "--docs", "veel")]
    [InlineData("bench", "--docs", "10")]
    [InlineData("bench", "--large", "-1")]
    [InlineData("bench", "--worker", "elastic", "--docs", "100")]
    [InlineData("bench", "extra")]
    public void BadBenchArgumentsExitTwo(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, CliApp.Run(args, TextWriter.Null, error));
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
