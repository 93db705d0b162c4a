using Lucene.Net.Search.Similarities;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A phrase's weight given again to a later question must score as a new one made for that question's boosts.</summary>
public sealed class PhraseWeightsTests
{
    [Fact]
    public void KnownWeightScoresAsANewOneForEachPhraseBoostAndTopLevelBoost()
    {
        var knowledge = Path.Combine(RepositoryRoot.Find(), "knowledge");
        var documents = KnowledgeLoader.Load(knowledge).Documents;
        var resources = SearchResources.ForLibrary(documents, null, null, new List<Diagnostic>());
        var dir = new Lucene.Net.Store.RAMDirectory();
        IndexBuilder.Write(dir, documents, resources);
        using var s = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        var k1 = ((BM25Similarity)s.Searcher.Similarity).K1;
        // The two commonest words of the body, within a few words of each other in many entries.
        var cursor = Lucene.Net.Index.MultiFields.GetTerms(s.Reader, IndexFields.Text).GetEnumerator();
        var common = new List<(string Text, int Df)>();
        while (cursor.MoveNext()) common.Add((cursor.Term.Utf8ToString(), cursor.DocFreq));
        var words = common.OrderByDescending(t => t.Df).Take(2).Select(t => t.Text).ToArray();
        Lucene.Net.Search.PhraseQuery Phrase(float boost)
        {
            var p = new Lucene.Net.Search.PhraseQuery { Slop = 8, Boost = boost };
            foreach (var w in words) p.Add(new Lucene.Net.Index.Term(IndexFields.Text, w));
            return p;
        }

        var known = PhraseWeights.Of(s.Searcher);
        var seen = new HashSet<int>();
        foreach (var boost in new[] { 1f, 3f })
        {
            foreach (var topLevelBoost in new[] { 1f, 0.5f })
            {
                var (weight, bound) = known.Get(Phrase(boost), s.Searcher, topLevelBoost, k1);
                var fresh = Phrase(boost).CreateWeight(s.Searcher);
                fresh.Normalize(1f, topLevelBoost);
                var scored = 0;
                foreach (var leaf in s.Reader.Leaves)
                {
                    var a = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                    var e = fresh.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                    Assert.Equal(e is null, a is null);
                    if (a is null || e is null) continue;
                    int doc;
                    while ((doc = e.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
                    {
                        Assert.Equal(doc, a.NextDoc());
                        var score = e.GetScore();
                        Assert.Equal(BitConverter.SingleToInt32Bits(score), BitConverter.SingleToInt32Bits(a.GetScore()));
                        Assert.True(score <= bound * boost * topLevelBoost, $"score {score} above bound {bound} times boosts");
                        if (scored++ == 0) seen.Add(BitConverter.SingleToInt32Bits(score));
                    }
                }
                Assert.True(scored > 5, $"\"{string.Join(' ', words)}\" matched {scored} entries");
            }
        }
        // Each boost pair scores the first entry differently: the weights are not one weight given four times.
        Assert.Equal(4, seen.Count);
    }
}
