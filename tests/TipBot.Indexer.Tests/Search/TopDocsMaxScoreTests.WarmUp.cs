using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

// A snapshot reads its common terms' highest scores when it opens, so a common word's first question has them.
public sealed partial class TopDocsMaxScoreTests
{
    [Fact]
    public async Task CommonTermsHaveTheirExactMaximaOnFirstSightAndRareOnesAreLeftToTheirQuestions()
    {
        using var snapshot = GeneratedSnapshot(seed: 3);
        await snapshot.Warmed.WaitAsync(TimeSpan.FromMinutes(2));
        var reader = snapshot.Reader;
        var min = IndexSnapshot.CommonDocFreq(reader.MaxDoc);
        var maxima = TermMaxScores.Of(snapshot.Searcher);
        // A second searcher over the same reader has nothing read: its maxima are read now, from the postings.
        var fresh = TermMaxScores.Of(new IndexSearcher(reader) { Similarity = new BM25Similarity() });
        int common = 0, rare = 0;
        foreach (var (field, _) in RankingOptions.Default.DocumentFields)
        {
            var cursor = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            while (cursor?.MoveNext() == true)
            {
                var term = new Term(field, BytesRef.DeepCopyOf(cursor.Term));
                var states = TermContext.Build(reader.Context, term);
                var bound = maxima.Bound(term, states, out var blocks);
                if (states.DocFreq >= min)
                {
                    Assert.True(blocks is not null, $"{term} (in {states.DocFreq} entries) was not read at open");
                    var truth = fresh.Blocks(term);
                    Assert.Equal(truth.Max, (float)bound);
                    for (var ord = 0; ord < reader.Leaves.Count; ord++)
                    {
                        Assert.Equal(truth.Of(ord)?.Blocks, blocks.Of(ord)?.Blocks);
                        Assert.Equal(truth.Of(ord)?.Maxima, blocks.Of(ord)?.Maxima);
                    }
                    common++;
                }
                else
                {
                    Assert.True(blocks is null, $"{term} (in {states.DocFreq} entries, below {min}) was read at open");
                    rare++;
                }
            }
        }
        Assert.True(common > 50 && rare > 1000, $"{common} common and {rare} rare terms");
    }

    [Fact]
    public async Task NormBytesKeptAtOpenAreTheBytesLucenesNormsGiveForEveryDoc()
    {
        using var snapshot = DeletedSnapshot(seed: 5, out _);
        await snapshot.Warmed.WaitAsync(TimeSpan.FromMinutes(2));
        var maxima = TermMaxScores.Of(snapshot.Searcher);
        // A searcher whose maxima were never warmed has none: its postings read Lucene's norms.
        var fresh = TermMaxScores.Of(new IndexSearcher(snapshot.Reader) { Similarity = new BM25Similarity() });
        var compared = 0;
        foreach (var (field, _) in RankingOptions.Default.DocumentFields)
        {
            foreach (var leaf in snapshot.Reader.Leaves)
            {
                Assert.Null(fresh.NormBytes(field, leaf.Ord));
                var norms = leaf.AtomicReader.GetNormValues(field);
                var bytes = maxima.NormBytes(field, leaf.Ord);
                if (norms is null)
                {
                    Assert.Null(bytes);
                    continue;
                }
                Assert.NotNull(bytes);
                Assert.Equal(leaf.AtomicReader.MaxDoc, bytes.Length);
                for (var doc = 0; doc < bytes.Length; doc++) Assert.Equal(Bm25Tables.DocScorer.NormIndex(norms, doc), bytes[doc]);
                compared++;
            }
        }
        Assert.True(compared >= 4, $"only {compared} fields' segments compared");
    }

    [Fact]
    public void WarmingStopsWhenTheSnapshotCloses()
    {
        using var snapshot = GeneratedSnapshot(seed: 3);
        // Its own searcher, so the snapshot's warm-up does not race with this one.
        var maxima = TermMaxScores.Of(new IndexSearcher(snapshot.Reader) { Similarity = new BM25Similarity() });
        var asked = 0;
        var read = maxima.Warm([IndexFields.Body], minDocFreq: 1, () => ++asked > 3);
        Assert.Equal(3, read);
        Assert.Equal(4, asked);
    }

    private static IndexSnapshot GeneratedSnapshot(int seed)
    {
        var corpus = new GeneratedCorpus(RealLibrary(), seed);
        var documents = corpus.Documents(2000);
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.SynonymsFile)), null, new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources, chunks: 3);
        return new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
    }
}
