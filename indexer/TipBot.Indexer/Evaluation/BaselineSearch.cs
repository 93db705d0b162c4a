using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Evaluation;

/// <summary>The plain baseline the engine is compared with: StandardAnalyzer, body text only, BM25; answers whenever it finds anything.</summary>
public sealed class BaselineSearch : IDisposable
{
    private readonly RAMDirectory _dir = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);

    public BaselineSearch(IEnumerable<KnowledgeDocument> documents)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_dir, config))
        {
            foreach (var d in documents.Where(d => d.Kind != DocumentKind.Coach))
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", d.Id, Field.Store.YES),
                    new TextField("body", d.Body, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_dir);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public (bool Answered, IReadOnlyList<string> Ids) Search(string text, int top)
    {
        var parser = new QueryParser(LuceneVersion.LUCENE_48, "body", _analyzer);
        Query query;
        try
        {
            query = parser.Parse(QueryParserBase.Escape(text));
        }
        catch (ParseException)
        {
            return (false, []);
        }
        var ids = _searcher.Search(query, top).ScoreDocs.Select(sd => _searcher.Doc(sd.Doc).Get("id")).ToList();
        return (ids.Count > 0, ids);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _dir.Dispose();
    }
}
