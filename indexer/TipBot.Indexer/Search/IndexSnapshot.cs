using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using TipBot.Indexer.Library;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TipBot.Indexer.Search;

/// <summary>One built index, opened: reader, searcher, analyzers and the documents it was built from.</summary>
public sealed class IndexSnapshot : IDisposable
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _terms = new(StringComparer.Ordinal);
    private readonly BoundedCache<string, int[]> _postings = new(MaxCachedPostings, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<char, NearTermIndex> _vocabulary = new();
    private readonly BoundedCache<string, string[]> _near = new(MaxCachedPostings, StringComparer.Ordinal);
    private readonly FixedBitSet _documentEntries;
    private readonly WordTerms _words;
    private readonly SectionTokens _sectionTokens = new();
    // Lucene doc -> document id, and document id -> its whole-document entry: read once from the id terms
    // so a search never decompresses stored fields to learn which document a hit is.
    private readonly string?[] _idOf;
    private readonly Dictionary<string, int> _entryOf;
    // Document id -> the Lucene docs of its sections (ascending), and a section entry -> its section index + 1 once read.
    private readonly Dictionary<string, int[]> _sectionsOf;
    private readonly int[] _sectionIndexOf;
    // Lucene doc -> its document: a re-ranked candidate or a hit is looked up by its doc, not by hashing its id string.
    private readonly KnowledgeDocument?[] _documentOf;
    // Lucene doc -> its document's whole-document entry (-1: none), for the same reason.
    private readonly int[] _documentEntryOf;
    // Lucene doc -> the Lucene docs of its document's sections (null: none), as _sectionsOf has them for its id: the second
    // pass asks for every candidate's, and a look-up by id string cost more than the rest of that pass's bookkeeping.
    private readonly int[]?[] _sectionsAt;
    private readonly Filter _documentFilter;
    private readonly bool _ownsDirectory;
    // Bounds the per-term cache: question words repeat (Zipf), so a few thousand cover most traffic.
    private const int MaxCachedPostings = 4096;

    /// <summary>The text fields of a whole-document entry: the same texts <see cref="Analyze"/> reads.</summary>
    private static readonly string[] WholeDocumentFields = [IndexFields.Title, IndexFields.Tags, IndexFields.Summary, IndexFields.Body];
    private int _disposed;

    public IndexSnapshot(LuceneDirectory directory, IReadOnlyList<KnowledgeDocument> documents, SearchResources resources, bool ownsDirectory)
    {
        Directory = directory;
        _ownsDirectory = ownsDirectory;
        Reader = DirectoryReader.Open(directory);
        Searcher = new SnapshotSearcher(Reader) { Similarity = new BM25Similarity() };
        _documentEntries = DocumentEntries(Reader);
        (_idOf, _entryOf, _sectionsOf) = Ids(Reader, _documentEntries);
        _sectionIndexOf = new int[Reader.MaxDoc];
        _documentFilter = new DocumentEntryFilter(Reader);
        Postings = new PostingsPool(Reader);
        Documents = documents;
        ById = documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Resources = resources;
        (_documentOf, _documentEntryOf, _sectionsAt) = DocumentsByDoc(_idOf, ById, _entryOf, _sectionsOf);
        KnowSectionIndexes();
        IndexAnalyzer = new DutchAnalyzer(resources, AnalysisMode.Index);
        QueryAnalyzer = new DutchAnalyzer(resources, AnalysisMode.Query);
        _words = new WordTerms(DutchAnalyzer.WordByWord(resources), ExpectedWords(Reader));
        // The typo vocabulary is read in the background, so the first misspelling of each letter does not pay for it.
        var vocabulary = InBackground(WarmVocabulary);
        // And the synonym groups' shared rarity, so a question's first synonym word does not read their postings.
        var unions = resources.Synonyms is { } rules ? InBackground(closed => QueryAnalysis.WarmUnions(Reader, rules, closed)) : Task.CompletedTask;
        // And the common terms' highest scores, so a common word's first question does not visit most of its entries,
        // and their postings decoded, so questions walk them as arrays.
        var maxima = InBackground(WarmMaxima);
        // And the words of the sections' text analysed, so a snippet's first sight of a word does not analyse it, and
        // the sections' tokens kept, so a snippet does not cut its section into words and look each one up.
        var words = InBackground(closed => _sectionTokens.Learn(SectionTexts(), _words, closed));
        // And the engine's regular expressions compiled (once per process), so no question waits for the compiler.
        Warmed = Task.WhenAll(vocabulary, unions, maxima, words, EngineCode.Compiled());
    }

    /// <summary>The words snippets have met (or learnt at open) and their terms.</summary>
    internal WordTerms Words => _words;

    /// <summary>The tokens of the sections learnt at open (<see cref="LearntSections"/>).</summary>
    internal SectionTokens SectionTokens => _sectionTokens;

    /// <summary>Done when the background reads started at open (typo vocabulary, synonym rarity, common terms' maxima, snippet words) and the compiling of the engine's regular expressions (<see cref="EngineCode"/>) are.</summary>
    public Task Warmed { get; }

    /// <summary>Runs <paramref name="work"/> on the thread pool while holding a reference on the reader; it is told when the snapshot closes.</summary>
    private Task InBackground(Action<Func<bool>> work) => Task.Run(() =>
    {
        if (!TryAcquire()) return;
        try
        {
            work(() => Volatile.Read(ref _disposed) == 1);
        }
        finally
        {
            Release();
        }
    });

    private void WarmMaxima(Func<bool> closed) => TermMaxScores.Of(Searcher).Warm(WholeDocumentFields, CommonDocFreq(Reader.MaxDoc), closed, DecodedPostingsBudget);

    /// <summary>How many of the common terms' postings are kept decoded (<see cref="DecodedPostings"/>, 5 bytes each: 160 MB at most).</summary>
    /// <remarks>
    /// The 100,000-document bench's common terms hold 15.6 million postings (78 MB, plus 8 MB of length parts); beyond
    /// this budget the terms read later (fields in order, terms alphabetically) are walked through Lucene as before.
    /// </remarks>
    internal const long DecodedPostingsBudget = 32L << 20;

    /// <summary>
    /// The entries a term must be in for its highest scores to be read at open: one in a thousand, at least 256.
    /// </summary>
    /// <remarks>
    /// A rarer term's first question visits at most that many of its entries, which costs well under a millisecond; the
    /// 100,000-document bench's slowest first questions had terms in 550 to 37,000 of its 500,000 entries. At 100,000
    /// documents about 7,000 field terms qualify, read in about 3 s; at 10,000, about 1,100 in 0.3-0.4 s.
    /// </remarks>
    internal static int CommonDocFreq(int maxDoc) => Math.Max(256, maxDoc / 1000);

    /// <summary>How many sections' words and tokens are learnt at open (<see cref="SectionTokens.Learn"/>): the first ones, in library order.</summary>
    /// <remarks>
    /// A library's words are nearly all met in its first tens of thousands of sections, while reading every section costs
    /// in proportion to the library: the 10,000-document bench's 40,000 sections taught 42,900 words in 1.3 s of CPU; all
    /// 400,000 sections of the 100,000-document bench taught 45,200 words in 15 s. A word left out is learnt by the first
    /// snippet that meets it, as before.
    /// </remarks>
    internal const int LearntSections = 40_000;

    // The text of the first sections with text (LearntSections), as a snippet is given it.
    private IEnumerable<string> SectionTexts()
    {
        var left = LearntSections;
        foreach (var d in Documents)
        {
            foreach (var section in d.Sections)
            {
                if (string.IsNullOrWhiteSpace(section.Text)) continue;
                if (left-- == 0) yield break;
                yield return section.Text;
            }
        }
    }

    private void WarmVocabulary(Func<bool> closed)
    {
        foreach (var first in "abcdefghijklmnopqrstuvwxyz0123456789")
        {
            if (closed()) return;
            _vocabulary.GetOrAdd(first, VocabularyStartingWith);
        }
    }

    public LuceneDirectory Directory { get; }
    public DirectoryReader Reader { get; }
    public IndexSearcher Searcher { get; }
    public IReadOnlyList<KnowledgeDocument> Documents { get; }
    public IReadOnlyDictionary<string, KnowledgeDocument> ById { get; }
    public SearchResources Resources { get; }
    public DutchAnalyzer IndexAnalyzer { get; }
    public DutchAnalyzer QueryAnalyzer { get; }

    /// <summary>Dictionary cursors and postings readers for the searches of this snapshot.</summary>
    public PostingsPool Postings { get; }

    /// <summary>The analyzed terms of a whole document (as indexed, synonyms included).</summary>
    /// <remarks>
    /// Membership is answered from the index itself, through the postings of the asked term (cached per term);
    /// listing every term (rare: a search asks its candidates' terms through <see cref="CandidateTerms"/>)
    /// analyses the document again, as the index keeps no term vectors.
    /// </remarks>
    public IReadOnlySet<string> TermsOf(KnowledgeDocument d) => TermsOf(DocumentEntryOf(d.Id), d);

    /// <summary>
    /// <see cref="TermsOf(KnowledgeDocument)"/> of <paramref name="d"/>, the document of <paramref name="luceneDoc"/>
    /// (<see cref="DocumentOf"/>), without hashing its id: what a search asks for each of its candidates and hits.
    /// </summary>
    internal IReadOnlySet<string> TermsOfDocumentAt(int luceneDoc, KnowledgeDocument d) =>
        TermsOf((uint)luceneDoc < (uint)_documentEntryOf.Length ? _documentEntryOf[luceneDoc] : DocumentEntryOf(d.Id), d);

    private IReadOnlySet<string> TermsOf(int entry, KnowledgeDocument d) => entry < 0 ? AllTermsOf(d) : new IndexedTermSet(this, entry, d);

    /// <summary>Whether the whole-document entry <paramref name="entry"/> has <paramref name="term"/> in a searched field.</summary>
    internal bool EntryHasTerm(int entry, string term) => Array.BinarySearch(_postings.GetOrAdd(term, EntriesWithTerm), entry) >= 0;

    /// <summary>The whole-document entries of every kind but coach profiles, as random-access bits: what a search without filters asks.</summary>
    public Filter DocumentFilter => _documentFilter;

    /// <summary>The Lucene docs of the sections of document <paramref name="id"/>, ascending (none when unknown).</summary>
    public IReadOnlyList<int> SectionEntriesOf(string id) => _sectionsOf.TryGetValue(id, out var docs) ? docs : [];

    /// <summary><see cref="SectionEntriesOf"/> of the id of Lucene doc <paramref name="luceneDoc"/> (<see cref="IdOf"/>), without hashing it.</summary>
    internal int[] SectionEntriesAt(int luceneDoc) =>
        (uint)luceneDoc < (uint)_sectionsAt.Length ? _sectionsAt[luceneDoc] ?? [] : [];

    /// <summary>The section index stored with a section entry, read once per entry.</summary>
    public int SectionIndexOf(int sectionEntry)
    {
        var known = Volatile.Read(ref _sectionIndexOf[sectionEntry]);
        if (known != 0) return known - 1;
        var index = Reader.Document(sectionEntry, SectionIndexField).GetField(IndexFields.SectionIndex)?.GetInt32Value() ?? -1;
        Volatile.Write(ref _sectionIndexOf[sectionEntry], index + 1);
        return index;
    }

    /// <summary>
    /// The section index of every section entry whose document's entries are one run, its whole-document entry and then one
    /// entry per section, as the builder adds them: the k-th is then section k, and a search need not decompress the stored
    /// field to learn it (a third of the best sections' time at 10,000 tips). Doc ids keep the order entries were added in,
    /// within a segment and across neighbouring ones; any other layout (a repeated id, a document's entries apart) is left
    /// to the stored field.
    /// </summary>
    private void KnowSectionIndexes()
    {
        foreach (var (id, sections) in _sectionsOf)
        {
            if (!_entryOf.TryGetValue(id, out var entry) || !ById.TryGetValue(id, out var d) || d.Sections.Count != sections.Length) continue;
            // Ascending and distinct, so the first and the last fix every one in between.
            if (sections[0] != entry + 1 || sections[^1] != entry + sections.Length) continue;
            for (var k = 0; k < sections.Length; k++) _sectionIndexOf[sections[k]] = k + 1;
        }
    }

    private static readonly ISet<string> SectionIndexField = new HashSet<string> { IndexFields.SectionIndex };

    /// <summary>The snippet of a section for a question (<see cref="SnippetBuilder.Build(string, WordTerms, IReadOnlyDictionary{string, int}, IReadOnlyList{QueryTermGroup})"/>), its words' analysis remembered per snapshot.</summary>
    /// <param name="reachable">The groups the section holds, when known (<see cref="SectionGroups"/>): reading stops once a window holds them all.</param>
    public string Snippet(string sectionMarkdown, IReadOnlyDictionary<string, int> matchingTerms, IReadOnlyList<QueryTermGroup> groups, ulong? reachable = null) =>
        SnippetBuilder.Build(sectionMarkdown, _words, matchingTerms, groups, reachable, _sectionTokens.Of(sectionMarkdown));

    /// <summary>Whether any entry has <paramref name="term"/> in <paramref name="field"/> (counted once per term).</summary>
    public bool Occurs(string field, string term) => FieldFrequencies.Occurs(Reader, field, term);

    /// <summary>
    /// Where <paramref name="term"/> stands in each segment's dictionary of <paramref name="field"/>, looked up once per
    /// snapshot; null when no entry has the term there. A query given these skips the term dictionary walk.
    /// </summary>
    public TermContext? TermStates(string field, string term) => FieldFrequencies.States(Reader, field, term);

    /// <summary>Every term of the whole-document fields within typo distance of <paramref name="word"/> (<see cref="TermMatcher.IsNear"/>).</summary>
    /// <remarks>
    /// A near term shares the word's first character, so only the terms under that prefix are compared. Cached per
    /// word: a typo's coverage is then a few postings look-ups per candidate instead of a pass over its term vectors.
    /// </remarks>
    public IReadOnlyCollection<string> NearTerms(string word) => _near.GetOrAdd(word, FindNearTerms);

    private string[] FindNearTerms(string word)
    {
        if (word.Length == 0) return [];
        if (char.IsSurrogate(word[0])) return ScanNearTerms(word);
        return Typos(word, _vocabulary.GetOrAdd(word[0], VocabularyStartingWith).Near(word));
    }

    /// <summary>
    /// The near terms <paramref name="word"/> may be a typo of: not a term that is another word after the same particle
    /// when the word is that particle before a word of the library (<see cref="PrefixedWords.IsOtherWordAfterPrefix"/>).
    /// </summary>
    private string[] Typos(string word, string[] near)
    {
        if (near.Length == 0 || word.Length < PrefixedWords.MinWord) return near;
        return Array.FindAll(near, t => !PrefixedWords.IsOtherWordAfterPrefix(word, t, rest => QueryAnalysis.IsLibraryOrStopWord(Reader, rest))
            && !KeyboardSlips.IsOtherWord(word, t));
    }

    /// <summary>The distinct terms of the whole-document fields that start with <paramref name="first"/>, indexed by their deletions.</summary>
    /// <remarks>
    /// Made once per first character and snapshot: a misspelt word then looks up its own deletions (a few dozen) instead of
    /// being compared with every term of about its length under its first letter, which was most of a typo question's
    /// analysis (a Levenshtein automaton over the term dictionaries costs as much to build).
    /// </remarks>
    private NearTermIndex VocabularyStartingWith(char first) =>
        NearTermIndex.Build([.. new HashSet<string>(TermsUnder(new BytesRef(first.ToString())), StringComparer.Ordinal)]);

    /// <summary>The whole-document fields' terms that start with <paramref name="prefix"/> (a term in several fields once per field).</summary>
    private IEnumerable<string> TermsUnder(BytesRef prefix)
    {
        foreach (var field in WholeDocumentFields)
        {
            var fieldTerms = MultiFields.GetTerms(Reader, field);
            if (fieldTerms is null) continue;
            var termsEnum = fieldTerms.GetEnumerator();
            if (termsEnum.SeekCeil(prefix) == TermsEnum.SeekStatus.END) continue;
            do
            {
                var term = termsEnum.Term;
                if (!StringHelper.StartsWith(term, prefix)) break;
                yield return term.Utf8ToString();
            }
            while (termsEnum.MoveNext());
        }
    }

    /// <summary>Every term under the word's first character compared with it (<see cref="TermMatcher.IsNear"/>).</summary>
    internal string[] ScanNearTerms(string word)
    {
        var near = new HashSet<string>(StringComparer.Ordinal);
        if (word.Length == 0) return [];
        // A lone surrogate has no UTF-8 prefix to seek to: compare with every term instead.
        var prefix = char.IsSurrogate(word[0]) ? new BytesRef() : new BytesRef(word[..1]);
        foreach (var text in TermsUnder(prefix))
        {
            if (TermMatcher.IsNear(word, text)) near.Add(text);
        }
        return Typos(word, [.. near]);
    }

    /// <summary>Every term of a document's whole-document entry, by analysing it again (remembered per document).</summary>
    internal IReadOnlySet<string> AllTermsOf(KnowledgeDocument d) => _terms.GetOrAdd(d.Id, _ => Analyze(d));

    private int[] EntriesWithTerm(string term)
    {
        var docs = new List<int>();
        var bytes = new BytesRef(term);
        foreach (var field in WholeDocumentFields)
        {
            var postings = MultiFields.GetTermDocsEnum(Reader, null, field, bytes, DocsFlags.NONE);
            if (postings is null) continue;
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) docs.Add(postings.DocID);
        }
        docs.Sort();
        return docs.Distinct().ToArray();
    }

    /// <summary>The document id of a Lucene doc (whole document or section), or null.</summary>
    public string? IdOf(int luceneDoc) => (uint)luceneDoc < (uint)_idOf.Length ? _idOf[luceneDoc] : null;

    /// <summary>The document of a Lucene doc (whole document or section) as <see cref="ById"/> has it for its id, or null.</summary>
    public KnowledgeDocument? DocumentOf(int luceneDoc) => (uint)luceneDoc < (uint)_documentOf.Length ? _documentOf[luceneDoc] : null;

    // The docs of one id share one id string and mostly follow each other: one look-up per run of them.
    private static (KnowledgeDocument?[] DocumentOf, int[] DocumentEntryOf, int[]?[] SectionsAt) DocumentsByDoc(string?[] idOf,
        IReadOnlyDictionary<string, KnowledgeDocument> byId, Dictionary<string, int> entryOf, Dictionary<string, int[]> sectionsOf)
    {
        var documentOf = new KnowledgeDocument?[idOf.Length];
        var documentEntryOf = new int[idOf.Length];
        var sectionsAt = new int[]?[idOf.Length];
        string? lastId = null;
        KnowledgeDocument? last = null;
        var lastEntry = -1;
        int[]? lastSections = null;
        for (var doc = 0; doc < idOf.Length; doc++)
        {
            documentEntryOf[doc] = -1;
            if (idOf[doc] is not { } id) continue;
            if (!ReferenceEquals(id, lastId))
                (lastId, last, lastEntry, lastSections) = (id, byId.GetValueOrDefault(id), entryOf.GetValueOrDefault(id, -1), sectionsOf.GetValueOrDefault(id));
            documentOf[doc] = last;
            documentEntryOf[doc] = lastEntry;
            sectionsAt[doc] = lastSections;
        }
        return (documentOf, documentEntryOf, sectionsAt);
    }

    /// <summary>The whole-document entry of document <paramref name="id"/>, or -1.</summary>
    internal int DocumentEntryOf(string id) => _entryOf.TryGetValue(id, out var entry) ? entry : -1;

    private static (string?[] IdOf, Dictionary<string, int> EntryOf, Dictionary<string, int[]> SectionsOf) Ids(IndexReader reader, FixedBitSet documentEntries)
    {
        var idOf = new string?[reader.MaxDoc];
        var entryOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sectionsOf = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, IndexFields.Id);
        if (terms is null) return (idOf, entryOf, sectionsOf);
        var sections = new List<int>();
        var termsEnum = terms.GetEnumerator();
        DocsEnum? postings = null;
        while (termsEnum.MoveNext())
        {
            var id = termsEnum.Term.Utf8ToString();
            postings = termsEnum.Docs(null, postings, DocsFlags.NONE);
            sections.Clear();
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var doc = postings.DocID;
                idOf[doc] = id;
                if (documentEntries.Get(doc)) entryOf.TryAdd(id, doc);
                else sections.Add(doc);
            }
            if (sections.Count > 0) sectionsOf[id] = [.. sections];
        }
        return (idOf, entryOf, sectionsOf);
    }

    private static FixedBitSet DocumentEntries(IndexReader reader)
    {
        var entries = new FixedBitSet(Math.Max(1, reader.MaxDoc));
        var postings = MultiFields.GetTermDocsEnum(reader, null, IndexFields.Entry, new BytesRef(IndexFields.DocEntry), DocsFlags.NONE);
        if (postings is null) return entries;
        while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) entries.Set(postings.DocID);
        return entries;
    }

    /// <summary>Takes a reference so a swap cannot close the reader under a running search.</summary>
    public bool TryAcquire() => Reader.TryIncRef();

    public void Release() => Reader.DecRef();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        // Drops the snapshot's own reference; the reader closes when the last search releases it.
        Reader.DecRef();
        if (_ownsDirectory && Reader.RefCount == 0) Directory.Dispose();
    }

    /// <summary>
    /// Room for the words snippets will meet: about two written forms (capitals, inflections) per indexed term of the text
    /// field, counted per segment (a term in two segments counts twice, which only adds room). At 10,000 synthetic tips
    /// the bench's 1,200 questions met 29,000 words for 21,750 terms.
    /// </summary>
    private static int ExpectedWords(IndexReader reader)
    {
        long terms = 0;
        foreach (var leaf in reader.Leaves) terms += Math.Max(0, leaf.AtomicReader.GetTerms(IndexFields.Text)?.Count ?? 0);
        return (int)Math.Min(2 * terms, WordTerms.MaxWords);
    }

    private HashSet<string> Analyze(KnowledgeDocument d) => AnalysedDocument.Of(d, IndexAnalyzer).AllTerms();
}
