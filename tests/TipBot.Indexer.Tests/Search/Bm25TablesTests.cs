using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>BM25 from the shared per-field tables must score bit for bit as <see cref="BM25Similarity"/>'s own weights.</summary>
public sealed class Bm25TablesTests : IDisposable
{
    private readonly TipSearchEngine _engine =
        TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void EveryDocumentFrequencyAndBoostScoresAsTheSimilarity()
    {
        var s = _engine.Snapshot;
        var similarity = new BM25Similarity();
        var tables = Bm25Tables.Of(similarity)!;
        var compared = 0;
        foreach (var field in FieldFrequencies.Fields)
        {
            var collection = s.Searcher.CollectionStatistics(field);
            foreach (var docFreq in new long[] { 1, 2, 7, collection.MaxDoc / 3, collection.MaxDoc })
            {
                var term = new TermStatistics(new Lucene.Net.Util.BytesRef("x"), docFreq, docFreq * 2);
                foreach (var (boost, topLevel) in new[] { (1f, 1f), (3f, 1f), (0.6f, 0.7f), (2f * 0.42f, 1.5f) })
                {
                    var stats = similarity.ComputeWeight(boost, collection, term);
                    var idf = Bm25Tables.Idf(docFreq, collection.MaxDoc);
                    var queryWeight = idf * boost;
                    Assert.Equal(stats.GetValueForNormalization(), queryWeight * queryWeight);
                    stats.Normalize(1f, topLevel);
                    foreach (var leaf in s.Reader.Leaves)
                    {
                        var expected = similarity.GetSimScorer(stats, leaf);
                        var actual = new Bm25Tables.DocScorer(idf * boost * topLevel, tables.K1, tables.Table(collection), leaf.AtomicReader.GetNormValues(field));
                        for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                        {
                            foreach (var freq in new[] { 1f, 2f, 3f, 17f })
                            {
                                Assert.Equal(expected.Score(doc, freq), actual.Score(doc, freq));
                                compared++;
                            }
                        }
                        Assert.Equal(expected.ComputeSlopFactor(3), actual.ComputeSlopFactor(3));
                    }
                }
            }
        }
        Assert.True(compared > 100_000, $"only {compared} scores compared");
        Assert.Null(Bm25Tables.Of(new DefaultSimilarity()));
    }

    [Fact]
    public void PooledTermsExplainTheScoresTheySearchWith()
    {
        var s = _engine.Snapshot;
        var questions = EvalQuery.ReadFile(Path.Combine(RepositoryRoot.Find(), "tests", "eval", "holdout.tsv")).Select(q => q.Text).Take(30);
        var explained = 0;
        foreach (var text in questions)
        {
            var groups = QueryAnalysis.Analyze(s, text);
            using var lease = s.Postings.Rent();
            var query = QueryFactory.Build(groups, RankingOptions.Default.DocumentFields, fuzzy: true, s.NearTerms, s.TermStates, lease);
            var plain = QueryFactory.Build(groups, RankingOptions.Default.DocumentFields, fuzzy: true, s.NearTerms, s.TermStates);
            foreach (var hit in s.Searcher.Search(query, 5).ScoreDocs)
            {
                Assert.Equal(hit.Score, s.Searcher.Explain(query, hit.Doc).Value, hit.Score * 1e-6f);
                Assert.Equal(s.Searcher.Explain(plain, hit.Doc).ToString(), s.Searcher.Explain(query, hit.Doc).ToString());
                explained++;
            }
        }
        Assert.True(explained > 50, $"only {explained} hits explained");
    }
}
