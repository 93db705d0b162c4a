using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The synonym groups' shared rarity counted ahead of the questions must be what a question would count itself.</summary>
public sealed class UnionWarmTests : IDisposable
{
    private static readonly string[] Fields = [IndexFields.Title, IndexFields.Tags, IndexFields.Summary, IndexFields.Body];

    private readonly TipSearchEngine _engine =
        TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void WarmedCountsEqualTheDocumentsOfTheGroupsWords()
    {
        var s = _engine.Snapshot;
        var rules = s.Resources.Synonyms!;
        QueryAnalysis.WarmUnions(s.Reader, rules, () => false);
        var compared = 0;
        var shared = 0;
        foreach (var key in rules.Keys.Where(k => !k.Contains(' ')))
        {
            var alternatives = rules.Expand(key)!.Distinct(StringComparer.Ordinal).ToList();
            if (alternatives.Count < 2) continue;
            var expected = DocumentsWithAny(s.Reader, alternatives);
            Assert.Equal(expected, QueryAnalysis.UnionFrequency(s.Reader, alternatives));
            compared++;
            if (expected > 0) shared++;
        }
        Assert.True(compared > 300 && shared > 100, $"{compared} groups compared, {shared} found in the library");
    }

    [Fact]
    public void StopsWhenAsked()
    {
        var s = _engine.Snapshot;
        var asked = 0;
        QueryAnalysis.WarmUnions(s.Reader, s.Resources.Synonyms!, () => ++asked > 3);
        Assert.Equal(4, asked);
    }

    // The whole documents that have any alternative (a phrase by its rarest word) in a whole-document field.
    private static int DocumentsWithAny(IndexReader reader, IReadOnlyList<string> alternatives)
    {
        var docs = new HashSet<int>();
        foreach (var alternative in alternatives)
        {
            var term = alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries).MinBy(w => QueryAnalysis.DocumentFrequency(reader, w))!;
            foreach (var field in Fields)
            {
                var postings = MultiFields.GetTermDocsEnum(reader, null, field, new BytesRef(term), DocsFlags.NONE);
                if (postings is null) continue;
                while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) docs.Add(postings.DocID);
            }
        }
        return docs.Count;
    }
}
