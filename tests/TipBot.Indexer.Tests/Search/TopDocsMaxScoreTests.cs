using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The MaxScore top-k must be Lucene's own top-k: the same docs, in the same order, with bit-identical scores.</summary>
public sealed partial class TopDocsMaxScoreTests
{
    private static readonly int[] Depths = [1, 10, 50];

    [Fact]
    public void GeneratedLibraryOfSeveralSegmentsWithDeletionsRanksAsLucene()
    {
        var real = RealLibrary();
        var corpus = new GeneratedCorpus(real, seed: 7);
        var documents = corpus.Documents(3000);
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.SynonymsFile)), null, new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources, chunks: 4);
        DeleteEvery(dir, documents, 7);
        using var snapshot = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        Assert.True(snapshot.Reader.Leaves.Count >= 4, $"{snapshot.Reader.Leaves.Count} segments");
        Assert.True(snapshot.Reader.HasDeletions);

        var stats = Compare(snapshot, corpus.Questions(250));
        Assert.True(stats.Compared > 2000, $"only {stats.Compared} searches compared");
        // The comparisons must have gone through the skipping path, not only its fall-backs to the plain search.
        Assert.True(stats.Skipped * 10 > stats.Compared, $"only {stats.Skipped} of {stats.Compared} searches skipped documents");
    }

    [Fact]
    public void GeneratedLibraryWithEveryTermsBlockMaximaKnownRanksAsLucene()
    {
        // The maxima are read in the background as questions ask for them; here every term's are known from the start,
        // so every search passes over blocks by their maxima.
        var real = RealLibrary();
        var corpus = new GeneratedCorpus(real, seed: 5);
        var documents = corpus.Documents(3000);
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.SynonymsFile)), null, new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources, chunks: 3);
        DeleteEvery(dir, documents, 6);
        using var snapshot = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        var maxima = TermMaxScores.Of(snapshot.Searcher);
        foreach (var (field, _) in RankingOptions.Default.DocumentFields)
        {
            var cursor = MultiFields.GetTerms(snapshot.Reader, field)?.GetEnumerator();
            while (cursor?.MoveNext() == true) maxima.Blocks(new Term(field, Lucene.Net.Util.BytesRef.DeepCopyOf(cursor.Term)));
        }

        var stats = Compare(snapshot, corpus.Questions(200));
        Assert.True(stats.Compared > 1500, $"only {stats.Compared} searches compared");
        Assert.True(stats.Skipped * 4 > stats.Compared, $"only {stats.Skipped} of {stats.Compared} searches skipped documents");
    }

    [Fact]
    public void RealLibraryRanksAsLucene()
    {
        var documents = RealLibrary();
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.SynonymsFile)),
            File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.EnglishFile)), new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources);
        using var snapshot = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        var questions = new[] { "queries.tsv", "holdout.tsv", "fresh.tsv" }
            .SelectMany(f => EvalQuery.ReadFile(Path.Combine(RepositoryRoot.Find(), "tests", "eval", f)))
            .Select(q => q.Text)
            .Concat(["burger inwoner bewoner ingezetene participatie", "sociaal team begrijpelijke taal brieven", "inwnoer eerder betrekken", "angry citizens on the phone"])
            .ToList();
        var stats = Compare(snapshot, questions);
        Assert.True(stats.Compared > 1000, $"only {stats.Compared} searches compared");
        Assert.True(stats.Skipped > 0, "no search skipped a document");
    }

    [Fact]
    public void StatisticsBoundOfEveryTermIsAtLeastItsHighestScore()
    {
        // The bound a question uses for a term whose highest score is not read yet: below the real maximum, the skipping
        // would drop documents that belong in the top.
        var real = RealLibrary();
        var corpus = new GeneratedCorpus(real, seed: 11);
        var documents = corpus.Documents(2000);
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.SynonymsFile)), null, new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources, chunks: 3);
        DeleteEvery(dir, documents, 5);
        using var s = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        var bm25 = (BM25Similarity)s.Searcher.Similarity;
        var maxima = TermMaxScores.Of(s.Searcher);
        int terms = 0, tighter = 0;
        foreach (var (field, _) in RankingOptions.Default.DocumentFields)
        {
            var cursor = MultiFields.GetTerms(s.Reader, field)?.GetEnumerator();
            if (cursor is null) continue;
            while (cursor.MoveNext())
            {
                var term = new Term(field, Lucene.Net.Util.BytesRef.DeepCopyOf(cursor.Term));
                var states = TermContext.Build(s.Reader.Context, term);
                var bound = TermMaxScores.StatisticsBound(states, s.Reader.MaxDoc, bm25.K1, bm25.B);
                var max = maxima.Max(term);
                Assert.True(bound * (1 + 1e-6) >= max, $"{term}: bound {bound:R} below its highest score {max:R}");
                if (bound < Bm25Tables.Idf(states.DocFreq, s.Reader.MaxDoc) * (bm25.K1 + 1.0) * 0.9) tighter++;
                terms++;
            }
        }
        Assert.True(terms > 5000, $"only {terms} terms");
        // Rare terms seldom repeat in an entry, so the frequency part of the bound is well below its limit for many.
        Assert.True(tighter * 4 > terms, $"only {tighter} of {terms} bounds below 0.9 idf (k1 + 1)");
    }

    [Fact]
    public void DroppingAGroupChangesTheTopDocsOfMostQuestions()
    {
        // The comparisons above can only catch a wrong evaluator if the top documents depend on every group: leave out
        // a group of a question (what an evaluator that lost a group would do) and they change.
        var documents = RealLibrary();
        var corpus = new GeneratedCorpus(documents, seed: 7);
        var generated = corpus.Documents(3000);
        var resources = SearchResources.ForLibrary(generated, null, null, new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, generated, resources, chunks: 2);
        using var snapshot = new IndexSnapshot(dir, generated, resources, ownsDirectory: true);
        int multi = 0, changed = 0;
        foreach (var question in corpus.Questions(100))
        {
            using var lease = snapshot.Postings.Rent();
            var groups = QueryAnalysis.Analyze(snapshot, question);
            if (Build(snapshot, groups, lease) is not BooleanQuery { Clauses.Count: >= 2 } full) continue;
            multi++;
            // A tree of its own: a search rewrites the nodes of the tree it is given.
            var dropped = new BooleanQuery(disableCoord: false);
            foreach (var clause in ((BooleanQuery)Build(snapshot, groups, lease)).Clauses.SkipLast(1)) dropped.Add(clause);
            var a = snapshot.Searcher.Search(full, snapshot.DocumentFilter, 10).ScoreDocs;
            var b = snapshot.Searcher.Search(dropped, snapshot.DocumentFilter, 10).ScoreDocs;
            if (!a.Select(x => (x.Doc, x.Score)).SequenceEqual(b.Select(x => (x.Doc, x.Score)))) changed++;
        }
        Assert.True(multi > 50, $"only {multi} questions of several groups");
        Assert.True(changed * 10 >= multi * 9, $"only {changed} of {multi} questions changed");
    }

    [Fact]
    public void OrderedDisjunctionsScoreAlikeOnEveryPathAndAsLucenesUpToRounding()
    {
        var documents = RealLibrary();
        var resources = SearchResources.ForLibrary(documents, File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.SynonymsFile)),
            File.ReadAllText(Path.Combine(KnowledgeFolder, SearchResources.EnglishFile)), new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources);
        using var s = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        var kindFilter = new QueryWrapperFilter(new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Entry, IndexFields.DocEntry)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Kind, IndexBuilder.KindName(DocumentKind.Coach))), Occur.MUST_NOT },
        });
        var all = s.Reader.MaxDoc;
        int compared = 0, lucenePathsDiffer = 0;
        foreach (var question in EvalQuery.ReadFile(Path.Combine(RepositoryRoot.Find(), "tests", "eval", "queries.tsv")).Select(q => q.Text))
        {
            var groups = QueryAnalysis.Analyze(s, question);
            if (groups.Count == 0) continue;
            using var lease = s.Postings.Rent();
            var lucene = Build(s, groups, lease);
            // Bits (random access), a filter's iterator (leapfrog, scorers advanced) and no filter (bulk scorer): the
            // same documents, and with ordered disjunctions the same score bits for each.
            var byBits = s.Searcher.Search(OrderedDisjunctionMaxQuery.CopyOf(lucene), s.DocumentFilter, all).ScoreDocs.ToDictionary(x => x.Doc, x => x.Score);
            var byIterator = s.Searcher.Search(OrderedDisjunctionMaxQuery.CopyOf(lucene), kindFilter, all).ScoreDocs.ToDictionary(x => x.Doc, x => x.Score);
            var unfiltered = s.Searcher.Search(OrderedDisjunctionMaxQuery.CopyOf(lucene), all).ScoreDocs.ToDictionary(x => x.Doc, x => x.Score);
            Assert.Equal(byBits.Keys.Order(), byIterator.Keys.Order());
            foreach (var (doc, score) in byBits)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(score), BitConverter.SingleToInt32Bits(byIterator[doc]));
                Assert.Equal(BitConverter.SingleToInt32Bits(score), BitConverter.SingleToInt32Bits(unfiltered[doc]));
            }
            // Lucene's own disjunctions: the same documents and scores up to the last bits of a float sum's order.
            var luceneByBits = s.Searcher.Search(Build(s, groups, lease), s.DocumentFilter, all).ScoreDocs.ToDictionary(x => x.Doc, x => x.Score);
            var luceneByIterator = s.Searcher.Search(Build(s, groups, lease), kindFilter, all).ScoreDocs.ToDictionary(x => x.Doc, x => x.Score);
            Assert.Equal(byBits.Keys.Order(), luceneByBits.Keys.Order());
            foreach (var (doc, score) in byBits)
            {
                Assert.Equal(luceneByBits[doc], score, luceneByBits[doc] * 1e-6f);
                if (luceneByBits[doc] != luceneByIterator[doc]) lucenePathsDiffer++;
                compared++;
            }
        }
        Assert.True(compared > 2000, $"only {compared} scores compared");
        // Why the ordered disjunction exists: Lucene's own scores depend on the path now and then.
        Assert.True(lucenePathsDiffer > 0, "Lucene's disjunctions scored alike on every path");
    }

    private sealed record Stats(int Compared, int Skipped);

    private static Stats Compare(IndexSnapshot s, IReadOnlyList<string> questions)
    {
        var filters = new Filter?[]
        {
            null,
            s.DocumentFilter,
            new QueryWrapperFilter(new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Entry, IndexFields.DocEntry)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Kind, IndexBuilder.KindName(DocumentKind.Tip))), Occur.MUST },
            }),
            new QueryWrapperFilter(new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Entry, IndexFields.DocEntry)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Kind, IndexBuilder.KindName(DocumentKind.Coach))), Occur.MUST_NOT },
                { new TermQuery(new Term(IndexFields.Audience, "uitvoerder")), Occur.MUST },
            }),
        };
        int compared = 0, skipped = 0;
        foreach (var question in questions)
        {
            var groups = QueryAnalysis.Analyze(s, question);
            if (groups.Count == 0) continue;
            foreach (var filter in filters)
            {
                foreach (var n in Depths)
                {
                    // A new lease and query per search, as the engine builds them (pooled postings, known term states).
                    using var lease = s.Postings.Rent();
                    var query = Build(s, groups, lease);
                    var expected = TopDocsMaxScore.Plain(s.Searcher, query, filter, n);
                    using var lease2 = s.Postings.Rent();
                    var actual = TopDocsMaxScore.Search(s.Searcher, Build(s, groups, lease2), filter, n, minPostings: 0);
                    var where = $"\"{question}\" n={n} filter={filter?.GetType().Name ?? "none"}";
                    Assert.True(expected.ScoreDocs.Length == actual.ScoreDocs.Length, $"{where}: {expected.ScoreDocs.Length} hits, got {actual.ScoreDocs.Length}");
                    for (var i = 0; i < expected.ScoreDocs.Length; i++)
                    {
                        var (e, a) = (expected.ScoreDocs[i], actual.ScoreDocs[i]);
                        Assert.True(e.Doc == a.Doc && BitConverter.SingleToInt32Bits(e.Score) == BitConverter.SingleToInt32Bits(a.Score),
                            $"{where} hit {i}: doc {e.Doc} score {e.Score:R}, got doc {a.Doc} score {a.Score:R}");
                    }
                    compared++;
                    if (actual.TotalHits < expected.TotalHits) skipped++;
                }
            }
        }
        return new Stats(compared, skipped);
    }

    private static Query Build(IndexSnapshot s, IReadOnlyList<QueryTermGroup> groups, PostingsPool.Lease lease) =>
        QueryFactory.Build(groups, RankingOptions.Default.DocumentFields, fuzzy: true, s.NearTerms, s.TermStates, lease);

    private static void DeleteEvery(RAMDirectory dir, IReadOnlyList<KnowledgeDocument> documents, int every)
    {
        var config = new IndexWriterConfig(DutchAnalyzer.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())
        {
            OpenMode = OpenMode.APPEND,
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using var writer = new IndexWriter(dir, config);
        for (var i = 3; i < documents.Count; i += every) writer.DeleteDocuments(new Term(IndexFields.Id, documents[i].Id));
        writer.Commit();
    }

    private static string KnowledgeFolder => Path.Combine(RepositoryRoot.Find(), "knowledge");

    private static IReadOnlyList<KnowledgeDocument> RealLibrary() => KnowledgeLoader.Load(KnowledgeFolder).Documents;

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();

    /// <summary>Documents and questions over the real library's words, drawn with Zipf-skewed frequencies (a few words in most documents, most in a few).</summary>
    private sealed class GeneratedCorpus
    {
        // Words that have synonyms or compound parts in the library's lists go first, so they are among the common ones.
        private static readonly string[] Common = ["burger", "inwoners", "bewoner", "ingezetene", "burgerparticipatie", "participatie", "wijkteam", "sociaal", "team", "taal", "begrijpelijke", "brieven", "klantcontactcentrum"];
        private readonly string[] _words;
        private readonly double[] _cumulative;
        private readonly Random _random;

        public GeneratedCorpus(IReadOnlyList<KnowledgeDocument> library, int seed)
        {
            _random = new Random(seed);
            var words = library.SelectMany(d => Word().Matches(string.Join(' ', d.Title, d.Summary, d.Body)).Select(m => m.Value.ToLowerInvariant()))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            var shuffled = words.Except(Common).OrderBy(_ => _random.Next()).ToList();
            _words = [.. Common.SelectMany((w, i) => shuffled.Skip(i * 3).Take(3).Prepend(w)), .. shuffled.Skip(Common.Length * 3)];
            _cumulative = new double[_words.Length];
            var total = 0.0;
            for (var r = 0; r < _words.Length; r++) _cumulative[r] = total += 1.0 / (r + 1);
        }

        private string Zipf()
        {
            var i = Array.BinarySearch(_cumulative, _random.NextDouble() * _cumulative[^1]);
            return _words[Math.Min(_words.Length - 1, i < 0 ? ~i : i)];
        }

        private string Words(int min, int max)
        {
            var count = _random.Next(min, max + 1);
            return string.Join(' ', Enumerable.Range(0, count).Select(_ => Zipf()));
        }

        public IReadOnlyList<KnowledgeDocument> Documents(int count) => Enumerable.Range(0, count).Select(i =>
        {
            var sections = Enumerable.Range(0, _random.Next(1, 4))
                .Select(j => new DocumentSection(j == 0 ? "" : Words(1, 3), string.Join(". ", Enumerable.Range(0, _random.Next(2, 8)).Select(_ => Words(5, 12))) + ".", 10 + j * 5))
                .ToList();
            var kind = (i % 10) switch { 9 => DocumentKind.Coach, 8 => DocumentKind.Case, _ => DocumentKind.Tip };
            return new KnowledgeDocument
            {
                Id = $"doc-{i:D5}",
                Kind = kind,
                Title = Words(2, 6),
                Summary = Words(6, 14),
                Path = $"tips/doc-{i:D5}.md",
                Tags = [.. Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Zipf())],
                Body = string.Join("\n\n", sections.Select(x => (x.Heading.Length > 0 ? "## " + x.Heading + "\n\n" : "") + x.Text)),
                Sections = sections,
                Audience = kind == DocumentKind.Coach ? [] : [i % 3 == 0 ? "uitvoerder" : "leidinggevende"],
                Perspectives = ["burgers-en-bedrijven"],
            };
        }).ToList();

        /// <summary>One to four words, common and rare ones mixed, some misspelt, some with a synonym-rich word.</summary>
        public IReadOnlyList<string> Questions(int count) => Enumerable.Range(0, count).Select(_ =>
        {
            var words = Enumerable.Range(0, _random.Next(1, 5))
                .Select(_ => _random.Next(3) == 0 ? _words[_random.Next(_words.Length)] : Zipf())
                .ToList();
            if (_random.Next(4) == 0) words.Add(Common[_random.Next(Common.Length)]);
            if (_random.Next(6) == 0 && words[0].Length > 5) words[0] = Typo(words[0]);
            return string.Join(' ', words);
        }).ToList();

        private string Typo(string word)
        {
            var i = _random.Next(1, word.Length - 1);
            var b = new StringBuilder(word);
            (b[i], b[i + 1]) = (b[i + 1], b[i]);
            return b.ToString();
        }
    }
}
