using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using TipBot.Indexer.Library;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TipBot.Indexer.Search;

/// <summary>One built index, opened: reader, searcher, analyzers and the documents it was built from.</summary>
public sealed class IndexSnapshot : IDisposable
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _terms = new(StringComparer.Ordinal);
    private readonly bool _ownsDirectory;
    private int _disposed;

    public IndexSnapshot(LuceneDirectory directory, IReadOnlyList<KnowledgeDocument> documents, SearchResources resources, bool ownsDirectory)
    {
        Directory = directory;
        _ownsDirectory = ownsDirectory;
        Reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
        Documents = documents;
        ById = documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Resources = resources;
        IndexAnalyzer = new DutchAnalyzer(resources, AnalysisMode.Index);
        QueryAnalyzer = new DutchAnalyzer(resources, AnalysisMode.Query);
    }

    public LuceneDirectory Directory { get; }
    public DirectoryReader Reader { get; }
    public IndexSearcher Searcher { get; }
    public IReadOnlyList<KnowledgeDocument> Documents { get; }
    public IReadOnlyDictionary<string, KnowledgeDocument> ById { get; }
    public SearchResources Resources { get; }
    public DutchAnalyzer IndexAnalyzer { get; }
    public DutchAnalyzer QueryAnalyzer { get; }

    /// <summary>The analyzed terms of a whole document (as indexed, synonyms included), cached.</summary>
    public IReadOnlySet<string> TermsOf(KnowledgeDocument d) => _terms.GetOrAdd(d.Id, _ => Analyze(d));

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

    private HashSet<string> Analyze(KnowledgeDocument d)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { d.Title, d.Summary, string.Join(' ', d.Tags.Select(t => t.Replace('-', ' '))), IndexBuilder.BodyText(d) })
        {
            using var ts = IndexAnalyzer.GetTokenStream(IndexFields.Body, new StringReader(text));
            var term = ts.AddAttribute<ICharTermAttribute>();
            ts.Reset();
            while (ts.IncrementToken()) set.Add(term.ToString());
            ts.End();
        }
        return set;
    }
}
