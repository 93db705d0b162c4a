using Lucene.Net.Search.Similarities;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A candidate's bound, carried up from its leaves alone, must be the whole tree's bound worked out again (from either way of setting the baseline).</summary>
public sealed class ScoreTreeTests
{
    [Fact]
    public void BoundOfACandidatesLeavesIsTheTreesBoundWithThoseLeavesScores()
    {
        var knowledge = Path.Combine(RepositoryRoot.Find(), "knowledge");
        var documents = KnowledgeLoader.Load(knowledge).Documents;
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(knowledge, SearchResources.SynonymsFile)),
            File.ReadAllText(Path.Combine(knowledge, SearchResources.EnglishFile)), new List<Diagnostic>());
        var dir = new Lucene.Net.Store.RAMDirectory();
        IndexBuilder.Write(dir, documents, resources);
        using var s = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        var k1 = ((BM25Similarity)s.Searcher.Similarity).K1;
        var random = new Random(3);
        int trees = 0, checks = 0, deep = 0;
        foreach (var question in EvalQuery.ReadFile(Path.Combine(RepositoryRoot.Find(), "tests", "eval", "queries.tsv")).Select(q => q.Text))
        {
            var groups = QueryAnalysis.Analyze(s, question);
            if (groups.Count == 0) continue;
            using var lease = s.Postings.Rent();
            var query = QueryFactory.Build(groups, RankingOptions.Default.DocumentFields, fuzzy: true, s.NearTerms, s.TermStates, lease);
            if (ScoreTree.Of(s.Searcher.Rewrite(OrderedDisjunctionMaxQuery.CopyOf(query)), s.Searcher, k1) is not { } tree) continue;
            trees++;
            var leaves = tree.Leaves.Count;
            var value = new double[leaves];
            var score = new float[leaves];
            for (var trial = 0; trial < 20; trial++)
            {
                // Some leaves at (a share of) their bounds, as the non-essential ones; the others 0, as the essential ones.
                for (var l = 0; l < leaves; l++) value[l] = random.Next(3) == 0 ? tree.Leaves[l].Bound * random.NextDouble() : 0;
                if (trial % 2 == 0) tree.SetBaseline(value);
                else
                {
                    // The window's pass: every leaf at some value, and the baseline of those values with the others at 0.
                    var all = value.Select((v, l) => v > 0 ? v : tree.Leaves[l].Bound * random.NextDouble()).ToArray();
                    var allBound = tree.Bound(all);
                    Assert.Equal(allBound, tree.BoundAndBaseline(all, value));
                }
                var hits = Enumerable.Range(0, leaves).Where(l => value[l] == 0 && random.Next(2) == 0).ToArray();
                foreach (var l in hits)
                {
                    score[l] = (float)(tree.Leaves[l].Bound * random.NextDouble());
                    value[l] = score[l];
                }
                var expected = tree.Bound(value);
                var actual = tree.Bound(hits, score);
                // Above the tree's value by its rounding margin, no more: a looser bound skips less, a lower one drops documents.
                Assert.True(actual >= expected * (1 + 1e-5) && actual <= expected * (1 + 2e-4) + 1e-12,
                    $"\"{question}\": {hits.Length} of {leaves} leaves, bound {actual:R}, tree {expected:R}");
                if (hits.Length >= 2) deep++;
                checks++;
            }
        }
        Assert.True(trees > 50, $"only {trees} trees");
        Assert.True(deep * 2 > checks, $"only {deep} of {checks} checks with several leaves");
    }
}
