using Lucene.Net.Index;
using Lucene.Net.Search;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The cheaper per-question reads (word cache, candidate postings, entry filters) must answer exactly what the slow paths did.</summary>
public sealed class QueryPathTests : IDisposable
{
    private readonly TipSearchEngine _engine =
        TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void SnippetTokensFromRememberedWordsEqualTheAnalyzersTokens()
    {
        var s = _engine.Snapshot;
        var words = new WordTerms(s.IndexAnalyzer);
        var texts = _engine.Documents.SelectMany(d => d.Sections.Select(x => x.Text).Append(d.Body).Append(d.Summary))
            .Append("Collega's en burger-participatie: co-creëren, e-mail, 3,5 uur, KCC's en Ingezetenen.")
            .ToList();
        var tokens = 0;
        foreach (var text in texts)
        {
            var expected = SnippetBuilder.Analyse(text, s.IndexAnalyzer);
            var actual = SnippetBuilder.Analyse(text, words);
            Assert.Equal(expected.Sentences, actual.Sentences);
            for (var i = 0; i < expected.Tokens.Count; i++)
            {
                Assert.Equal(expected.Tokens[i], actual.Tokens[i]);
                tokens += expected.Tokens[i].Length;
            }
        }
        Assert.True(tokens > 10_000, $"only {tokens} tokens compared");
    }

    [Fact]
    public void SnippetsReadSentenceBySentenceEqualTheSnippetsOfTheListedTokens()
    {
        var s = _engine.Snapshot;
        var words = new WordTerms(s.IndexAnalyzer);
        string[] questions = ["burgerparticipatie tips", "hoe krijg ik collega's mee?", "brieven te moeilijk", "boze inwoners aan de telefoon", "inwnoer eerder betrekken", "angry citizens", "klantreis levensgebeurtenis"];
        var marked = 0;
        foreach (var question in questions)
        {
            var groups = QueryAnalysis.Analyze(s, question);
            var matcher = new TermMatcher(groups, s.NearTerms);
            foreach (var d in _engine.Documents)
            {
                var terms = matcher.MatchingTerms(s.TermsOf(d));
                foreach (var text in d.Sections.Select(x => x.Text).Append(d.Body))
                {
                    var expected = SnippetBuilder.Build(SnippetBuilder.Analyse(text, s.IndexAnalyzer), terms, groups);
                    Assert.Equal(expected, SnippetBuilder.Build(text, words, terms, groups));
                    if (expected.Contains("**", StringComparison.Ordinal)) marked++;
                }
            }
        }
        Assert.True(marked > 100, $"only {marked} snippets with marks compared");
    }

    [Fact]
    public void FieldCountsAndTermStatesFromReusedCursorsEqualTheReadersOwn()
    {
        var s = _engine.Snapshot;
        var reader = s.Reader;
        // Words in every field, in some, and in none, asked in an order that moves the kept cursors back and forth.
        var words = _engine.Documents.Take(20).SelectMany(d => s.TermsOf(d)).Distinct().Order(StringComparer.Ordinal).ToList();
        words = [.. words.Where((_, i) => i % 2 == 0), .. words.Where((_, i) => i % 2 == 1).Reverse(), "hondenbelasting", "aaaa", "zzzz"];
        var found = 0;
        foreach (var word in words)
        {
            foreach (var field in FieldFrequencies.Fields)
            {
                var term = new Term(field, word);
                var expected = TermContext.Build(reader.Context, term);
                var actual = FieldFrequencies.States(reader, field, word);
                Assert.Equal(reader.DocFreq(term) > 0, FieldFrequencies.Occurs(reader, field, word));
                if (expected.DocFreq == 0)
                {
                    Assert.Null(actual);
                    continue;
                }
                Assert.NotNull(actual);
                Assert.Equal(expected.DocFreq, actual.DocFreq);
                Assert.Equal(expected.TotalTermFreq, actual.TotalTermFreq);
                foreach (var leaf in reader.Leaves)
                {
                    Assert.Equal(expected.Get(leaf.Ord)?.ToString(), actual.Get(leaf.Ord)?.ToString());
                }
                found++;
            }
            var documents = FieldFrequencies.Fields.Take(4).Max(f => reader.DocFreq(new Term(f, word)));
            Assert.Equal(documents, FieldFrequencies.MaxOverDocumentFields(reader, word));
            foreach (var field in FieldFrequencies.Fields.Append(IndexFields.Id))
            {
                Assert.Equal(reader.DocFreq(new Term(field, word)), FieldFrequencies.DocFreq(reader, field, word));
            }
        }
        Assert.True(found > 500, $"only {found} field terms compared");
    }

    [Fact]
    public void CandidateTermsAnswerAsTheDocumentsTermsAndTopicalTerms()
    {
        var s = _engine.Snapshot;
        var entries = DocumentEntries(s);
        var vocabulary = entries.Take(12).SelectMany(e => s.TermsOf(e.Document)).Distinct().Append("hondenbelasting").Append("wachtwoord").ToList();
        var table = CandidateTerms.Read(s.Reader, entries.Select(e => e.Entry), vocabulary);
        using var lease = s.Postings.Rent();
        var pooled = CandidateTerms.Read(s.Reader, entries.Select(e => e.Entry), vocabulary, termStates: s.TermStates, postings: lease);
        // Every term of two or more entries decoded (on a searcher of its own, so the snapshot's maxima stay as they are).
        var maxima = TermMaxScores.Of(new IndexSearcher(s.Reader) { Similarity = s.Searcher.Similarity });
        maxima.Warm([IndexFields.Title, IndexFields.Tags, IndexFields.Summary, IndexFields.Body], minDocFreq: 2, () => false, decodeBudget: long.MaxValue);
        var decodedTerms = vocabulary.Count(t => s.Reader.Leaves.Any(leaf => maxima.Decoded(new Term(IndexFields.Body, t), leaf.Ord) is not null));
        Assert.True(decodedTerms > 50, $"only {decodedTerms} of {vocabulary.Count} terms decoded");
        var decoded = CandidateTerms.Read(s.Reader, entries.Select(e => e.Entry), vocabulary, termStates: s.TermStates, postings: lease, maxima: maxima);
        var present = 0;
        foreach (var (entry, d) in entries)
        {
            var all = table.All(entry, new HashSet<string>());
            var topical = table.Topical(entry, () => new HashSet<string>());
            var pooledAll = pooled.All(entry, new HashSet<string>());
            var pooledTopical = pooled.Topical(entry, () => new HashSet<string>());
            foreach (var term in vocabulary)
            {
                Assert.Equal(all.Contains(term), pooledAll.Contains(term));
                Assert.Equal(topical.Contains(term), pooledTopical.Contains(term));
                Assert.Equal(all.Contains(term), decoded.All(entry, new HashSet<string>()).Contains(term));
                Assert.Equal(topical.Contains(term), decoded.Topical(entry, () => new HashSet<string>()).Contains(term));
            }
            var expectedAll = new HashSet<string>(s.TermsOf(d));
            var expectedTopical = TopicalTerms.Of(s.IndexAnalyzer, d);
            foreach (var term in vocabulary)
            {
                Assert.Equal(expectedAll.Contains(term), all.Contains(term));
                Assert.Equal(expectedTopical.Contains(term), topical.Contains(term));
                if (all.Contains(term)) present++;
            }
        }
        Assert.True(present > 1000, $"only {present} terms present");
    }

    [Fact]
    public void SectionEntriesAreTheDocumentsSectionsInOrder()
    {
        var s = _engine.Snapshot;
        foreach (var d in _engine.Documents)
        {
            var sections = s.SectionEntriesOf(d.Id);
            Assert.Equal(d.Sections.Count, sections.Count);
            Assert.Equal(Enumerable.Range(0, d.Sections.Count), sections.Select(s.SectionIndexOf));
        }
    }

    [Fact]
    public void TheDocumentFilterKeepsTheWholeDocumentsButCoachProfiles()
    {
        var s = _engine.Snapshot;
        var expected = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Entry, IndexFields.DocEntry)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Kind, IndexBuilder.KindName(DocumentKind.Coach))), Occur.MUST_NOT },
        };
        var viaQuery = s.Searcher.Search(new MatchAllDocsQuery(), new QueryWrapperFilter(expected), 10_000).ScoreDocs.Select(x => x.Doc).ToList();
        var viaBits = s.Searcher.Search(new MatchAllDocsQuery(), s.DocumentFilter, 10_000).ScoreDocs.Select(x => x.Doc).ToList();
        Assert.Equal(viaQuery, viaBits);
        Assert.Contains(_engine.Documents, d => d.Kind == DocumentKind.Coach);
        Assert.True(viaBits.Count > 30);
    }

    [Fact]
    public void LeavingOutTermsAFieldDoesNotHaveChangesNoHitOrScore()
    {
        var s = _engine.Snapshot;
        var questions = EvalQuery.ReadFile(Path.Combine(RepositoryRoot.Find(), "tests", "eval", "queries.tsv")).Select(q => q.Text)
            .Append("hoe ga ik om met boze bellrs en klachtn over de telefon").ToList();
        var compared = 0;
        foreach (var text in questions)
        {
            var groups = QueryAnalysis.Analyze(s, text);
            foreach (var fields in new[] { RankingOptions.Default.DocumentFields, IndexFields.SectionFields })
            {
                var full = s.Searcher.Search(QueryFactory.Build(groups, fields, fuzzy: true, s.NearTerms), 1000).ScoreDocs;
                var pruned = s.Searcher.Search(QueryFactory.Build(groups, fields, fuzzy: true, s.NearTerms, s.TermStates), 1000).ScoreDocs;
                // The same hits with the same scores, up to float rounding (the boosts multiply in another order when a
                // query of one clause is rewritten to that clause).
                Assert.Equal(full.Select(x => x.Doc).Order(), pruned.Select(x => x.Doc).Order());
                var scores = pruned.ToDictionary(x => x.Doc, x => x.Score);
                foreach (var x in full) Assert.Equal(x.Score, scores[x.Doc], x.Score * 1e-5f);
                // Postings from the snapshot's pool score exactly as the term queries they stand for, search after search.
                for (var repeat = 0; repeat < 2; repeat++)
                {
                    using var lease = s.Postings.Rent();
                    var pooled = s.Searcher.Search(QueryFactory.Build(groups, fields, fuzzy: true, s.NearTerms, s.TermStates, lease), 1000).ScoreDocs;
                    Assert.Equal(pruned.Select(x => (x.Doc, x.Score)), pooled.Select(x => (x.Doc, x.Score)));
                }
                compared += full.Length;
            }
        }
        Assert.True(compared > 1000, $"only {compared} hits compared");
    }

    [Fact]
    public void NearTermsAreEveryTermUnderTheFirstLetterWithinTheDistance()
    {
        var s = _engine.Snapshot;
        var random = new Random(11);
        var terms = DocumentEntries(s).SelectMany(e => s.TermsOf(e.Document)).Distinct().Where(t => t.Length >= 4).Order(StringComparer.Ordinal).ToList();
        var found = 0;
        foreach (var term in terms.Where((_, i) => i % 7 == 0))
        {
            var c = term.ToCharArray();
            var k = random.Next(1, c.Length - 1);
            (c[k], c[k + 1]) = (c[k + 1], c[k]);
            if (random.Next(2) == 0) c[random.Next(1, c.Length)] = (char)('a' + random.Next(26));
            var word = new string(c);
            var expected = s.ScanNearTerms(word).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, s.NearTerms(word).Order(StringComparer.Ordinal));
            foreach (var other in terms) Assert.Equal(TermMatcher.EditDistance(word, other) <= QueryFactory.MaxEdits(word), TermMatcher.IsWithin(word, other, QueryFactory.MaxEdits(word)));
            found += expected.Count;
        }
        Assert.True(found > 200, $"only {found} near terms found");
    }

    private static List<(int Entry, KnowledgeDocument Document)> DocumentEntries(IndexSnapshot s)
    {
        var result = new List<(int, KnowledgeDocument)>();
        for (var doc = 0; doc < s.Reader.MaxDoc; doc++)
        {
            if (s.IdOf(doc) is { } id && !s.SectionEntriesOf(id).Contains(doc)) result.Add((doc, s.ById[id]));
        }
        return result;
    }
}
