using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The union of synonyms' documents, counted in a set the thread reuses, must equal a fresh count every time and on readers of any size.</summary>
public sealed class UnionFrequencyTests
{
    [Fact]
    public void ReusedCountsEqualFreshCountsOnTwoLibraries()
    {
        var library = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents;
        using var large = TipSearchEngine.InMemory(library);
        using var small = TipSearchEngine.InMemory(library.Take(12).ToList());
        var compared = 0;
        // Each library twice, alternating, so a set kept from the other reader (another size) or from the last count is reused.
        foreach (var engine in new[] { large, small, large, small })
        {
            var s = engine.Snapshot;
            var words = engine.Documents.Take(15).SelectMany(d => s.TermsOf(d)).Distinct().Order(StringComparer.Ordinal).Take(120).ToList();
            for (var i = 0; i + 2 < words.Count; i += 3)
            {
                // Every question word list is new to the reader's cache: a word of this pass plus a counter of the pass.
                string[] alternatives = [words[i], words[i + 1], words[i + 2], "zz" + compared];
                Assert.Equal(Fresh(s.Reader, alternatives), QueryAnalysis.UnionFrequency(s.Reader, alternatives));
                compared++;
            }
        }
        Assert.True(compared > 60, $"only {compared} unions compared");
    }

    private static int Fresh(IndexReader reader, IReadOnlyList<string> alternatives)
    {
        var docs = new HashSet<int>();
        foreach (var term in alternatives)
        {
            foreach (var field in new[] { IndexFields.Title, IndexFields.Tags, IndexFields.Summary, IndexFields.Body })
            {
                var postings = MultiFields.GetTermDocsEnum(reader, null, field, new BytesRef(term), DocsFlags.NONE);
                if (postings is null) continue;
                while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) docs.Add(postings.DocID);
            }
        }
        return docs.Count;
    }
}
