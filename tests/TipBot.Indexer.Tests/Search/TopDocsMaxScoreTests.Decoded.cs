using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

// The common terms' postings decoded at open must give the docs and score bits Lucene's own term scorer gives.
public sealed partial class TopDocsMaxScoreTests
{
    private static readonly float[] Boosts = [1f, 0.35f, 2.5f, 1.7f];

    [Fact]
    public async Task DecodedPostingsGiveLucenesDocsAndScoreBitsForEveryCommonTerm()
    {
        using var snapshot = DeletedSnapshot(seed: 9, out _);
        await snapshot.Warmed.WaitAsync(TimeSpan.FromMinutes(2));
        var reader = snapshot.Reader;
        var searcher = snapshot.Searcher;
        var maxima = TermMaxScores.Of(searcher);
        Assert.True(maxima.DecodedPostingCount > 10_000, $"only {maxima.DecodedPostingCount} postings decoded");
        var random = new Random(9);
        int terms = 0, scores = 0, skips = 0;
        foreach (var (field, _) in RankingOptions.Default.DocumentFields)
        {
            var cursor = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            while (cursor?.MoveNext() == true)
            {
                var term = new Term(field, BytesRef.DeepCopyOf(cursor.Term));
                var states = TermContext.Build(reader.Context, term);
                maxima.Bound(term, states, out var blocks);
                if (blocks is null) continue;
                terms++;
                var boost = Boosts[terms % Boosts.Length];
                using var lease = snapshot.Postings.Rent();
                // The weight the engine's query has, and Lucene's own TermQuery's beside it (the reference).
                var pooled = (PooledTermQuery.PooledWeight)searcher.CreateNormalizedWeight(new PooledTermQuery(term, states, lease) { Boost = boost });
                var lucene = searcher.CreateNormalizedWeight(new TermQuery(term) { Boost = boost });
                Assert.True(pooled.ScoresAsBm25(out var weightValue, out var table));
                foreach (var leaf in reader.Leaves)
                {
                    if (blocks.Of(leaf.Ord) is not { } segment)
                    {
                        Assert.Null(lucene.GetScorer(leaf, null));
                        continue;
                    }
                    // Left to Lucene (a frequency above a byte).
                    if (segment.Postings is not { } decoded) continue;
                    Assert.Same(table, decoded.LengthPart.Table);
                    // Every doc, the live ones, the document filter's bits over the live ones, and its bit set alone (read directly).
                    var filterBits = snapshot.DocumentFilter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.Bits;
                    var filterSet = snapshot.DocumentFilter.GetDocIdSet(leaf, null)?.Bits;
                    Assert.IsType<FixedBitSet>(filterSet);
                    foreach (var accept in new[] { null, leaf.AtomicReader.LiveDocs, filterBits, filterSet })
                    {
                        // Walked one doc after the other: the same docs, the same score bits.
                        var expected = lucene.GetScorer(leaf, accept)!;
                        var actual = new DecodedCursor().Start(decoded, weightValue, accept);
                        int doc, at = -1;
                        while ((doc = expected.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                        {
                            at = actual.Advance(at + 1);
                            Assert.Equal(doc, at);
                            Assert.Equal(BitConverter.SingleToInt32Bits(expected.GetScore()), BitConverter.SingleToInt32Bits(actual.Score()));
                            scores++;
                        }
                        Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, actual.Advance(at + 1));

                        // Skipped through by random strides: the same doc as Lucene's Advance.
                        expected = lucene.GetScorer(leaf, accept)!;
                        actual = new DecodedCursor().Start(decoded, weightValue, accept);
                        var target = 0;
                        while (true)
                        {
                            target += random.Next(1, random.Next(2) == 0 ? 8 : 600);
                            if (target >= leaf.AtomicReader.MaxDoc) break;
                            var want = expected.Advance(target);
                            Assert.Equal(want, actual.Advance(target));
                            skips++;
                            if (want == DocIdSetIterator.NO_MORE_DOCS) break;
                            Assert.Equal(BitConverter.SingleToInt32Bits(expected.GetScore()), BitConverter.SingleToInt32Bits(actual.Score()));
                            target = want;
                        }
                    }
                }
            }
        }
        Assert.True(terms > 50 && scores > 100_000 && skips > 10_000, $"{terms} terms, {scores} scores, {skips} skips compared");
    }

    [Fact]
    public async Task GeneratedLibraryWithDecodedPostingsRanksAsLucene()
    {
        using var snapshot = DeletedSnapshot(seed: 13, out var corpus);
        await snapshot.Warmed.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(TermMaxScores.Of(snapshot.Searcher).DecodedPostingCount > 10_000);
        var stats = Compare(snapshot, corpus.Questions(200));
        Assert.True(stats.Compared > 1500, $"only {stats.Compared} searches compared");
        Assert.True(stats.Skipped * 4 > stats.Compared, $"only {stats.Skipped} of {stats.Compared} searches skipped documents");
    }

    [Fact]
    public void DecodingStopsAtItsBudget()
    {
        using var snapshot = GeneratedSnapshot(seed: 3);
        // Its own searcher, so the snapshot's warm-up does not count here.
        var maxima = TermMaxScores.Of(new IndexSearcher(snapshot.Reader) { Similarity = new BM25Similarity() });
        const long budget = 20_000;
        maxima.Warm([IndexFields.Body], minDocFreq: 256, () => false, budget);
        Assert.InRange(maxima.DecodedPostingCount, budget / 2, budget);
        var cursor = MultiFields.GetTerms(snapshot.Reader, IndexFields.Body)!.GetEnumerator();
        int decoded = 0, left = 0;
        while (cursor.MoveNext())
        {
            if (cursor.DocFreq < 256) continue;
            var blocks = maxima.Blocks(new Term(IndexFields.Body, BytesRef.DeepCopyOf(cursor.Term)));
            for (var ord = 0; ord < snapshot.Reader.Leaves.Count; ord++)
            {
                if (blocks.Of(ord) is not { } segment) continue;
                if (segment.Postings is null) left++;
                else decoded += segment.Postings.Docs.Length;
            }
        }
        Assert.Equal(maxima.DecodedPostingCount, decoded);
        Assert.True(left > 0, "every common term was decoded within a budget smaller than their postings");
    }

    // Several segments, every sixth document deleted.
    private static IndexSnapshot DeletedSnapshot(int seed, out GeneratedCorpus corpus)
    {
        corpus = new GeneratedCorpus(RealLibrary(), seed);
        var documents = corpus.Documents(3000);
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.SynonymsFile)), null, new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources, chunks: 3);
        DeleteEvery(dir, documents, 6);
        var snapshot = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        Assert.True(snapshot.Reader.HasDeletions && snapshot.Reader.Leaves.Count >= 3);
        return snapshot;
    }
}
