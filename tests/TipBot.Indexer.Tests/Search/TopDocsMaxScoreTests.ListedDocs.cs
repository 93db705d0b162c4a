using Lucene.Net.Index;
using Lucene.Net.Search;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

// The best sections' scores without Lucene's search must be Lucene's filtered search's: the same docs, order and score bits.
public sealed partial class TopDocsMaxScoreTests
{
    [Fact]
    public void ListedSectionsOfAGeneratedLibraryWithDeletionsScoreAsLucenesFilteredSearch()
    {
        using var snapshot = DeletedSnapshot(seed: 13, out var corpus);
        var (compared, matched) = CompareListed(snapshot, corpus.Questions(200), new Random(13));
        Assert.True(compared > 150, $"only {compared} searches compared");
        Assert.True(matched > 1000, $"only {matched} listed docs matched");
    }

    [Fact]
    public void SectionGroupsOfAGeneratedLibraryAreThoseItsPostingsGive()
    {
        using var s = DeletedSnapshot(seed: 21, out var corpus);
        var ids = s.Documents.Select(d => d.Id).ToArray();
        var random = new Random(21);
        int compared = 0, held = 0;
        foreach (var question in corpus.Questions(200))
        {
            var groups = QueryAnalysis.Analyze(s, question);
            if (groups.Count == 0 || new TermMatcher(groups, s.NearTerms).AllMatchingTerms() is not { } terms) continue;
            var sections = Enumerable.Range(0, 10).SelectMany(_ => s.SectionEntriesOf(ids[random.Next(ids.Length)])).Distinct().Order().ToArray();
            using var lease = s.Postings.Rent();
            var masks = SectionGroups.Read(s, sections, terms, lease)!;
            // The reference: each term's postings in the sections' text read whole through Lucene.
            var expected = new ulong[sections.Length];
            foreach (var (term, group) in terms)
            {
                var docs = MultiFields.GetTermDocsEnum(s.Reader, null, IndexFields.Text, new Term(IndexFields.Text, term).Bytes);
                if (docs is null) continue;
                var holding = new HashSet<int>();
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) holding.Add(docs.DocID);
                for (var i = 0; i < sections.Length; i++)
                {
                    if (holding.Contains(sections[i])) expected[i] |= 1UL << group;
                }
            }
            Assert.Equal(expected, masks);
            compared++;
            held += masks.Count(m => m != 0);
        }
        Assert.True(compared > 150 && held > 1000, $"{compared} questions, {held} sections holding a group");
    }

    [Fact]
    public void ListedSectionsOfTheRealLibraryScoreAsLucenesFilteredSearch()
    {
        // The real lists: synonym phrases (sloppy phrase leaves) and English words among the questions' terms.
        var documents = RealLibrary();
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.SynonymsFile)),
            File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.EnglishFile)), new List<Diagnostic>());
        var dir = new Lucene.Net.Store.RAMDirectory();
        IndexBuilder.Write(dir, documents, resources);
        using var snapshot = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        var questions = new[] { "queries.tsv", "holdout.tsv", "fresh.tsv" }
            .SelectMany(f => EvalQuery.ReadFile(Path.Combine(RepositoryRoot.Find(), "tests", "eval", f)))
            .Select(q => q.Text)
            .Concat(["burger inwoner bewoner ingezetene participatie", "inwnoer eerder betrekken", "angry citizens on the phone"])
            .ToList();
        var (compared, matched) = CompareListed(snapshot, questions, new Random(17));
        Assert.True(compared > 200, $"only {compared} searches compared");
        Assert.True(matched > 1000, $"only {matched} listed docs matched");
    }

    // Per question: the sections of ten documents drawn at random, and a few whole-document entries among them, scored both ways.
    private static (int Compared, int Matched) CompareListed(IndexSnapshot s, IReadOnlyList<string> questions, Random random)
    {
        int compared = 0, matched = 0;
        var ids = s.Documents.Select(d => d.Id).ToArray();
        foreach (var question in questions)
        {
            var groups = QueryAnalysis.Analyze(s, question);
            if (groups.Count == 0) continue;
            var listed = Enumerable.Range(0, 10).Select(_ => ids[random.Next(ids.Length)])
                .SelectMany(id => s.SectionEntriesOf(id))
                .Concat(Enumerable.Range(0, 3).Select(_ => random.Next(s.Reader.MaxDoc)))
                .Distinct().Order().ToArray();
            using var lease = s.Postings.Rent();
            var query = QueryFactory.Build(groups, IndexFields.SectionFields, fuzzy: true, s.NearTerms, s.TermStates, lease);
            var expected = TopDocsMaxScore.Plain(s.Searcher, query, new DocListFilter(listed), listed.Length).ScoreDocs;
            var actual = ListedDocScores.Search(s.Searcher, query, listed);
            Assert.NotNull(actual);
            var where = $"\"{question}\" over {listed.Length} docs";
            Assert.True(expected.Length == actual.Length, $"{where}: {expected.Length} hits, got {actual.Length}");
            for (var i = 0; i < expected.Length; i++)
            {
                var (e, a) = (expected[i], actual[i]);
                Assert.True(e.Doc == a.Doc && BitConverter.SingleToInt32Bits(e.Score) == BitConverter.SingleToInt32Bits(a.Score),
                    $"{where} hit {i}: doc {e.Doc} score {e.Score:R}, got doc {a.Doc} score {a.Score:R}");
            }
            compared++;
            matched += expected.Length;
        }
        return (compared, matched);
    }
}
