using Lucene.Net.Documents;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// The Lucene fields of the two kinds of index entry (a whole document, one section), made once and refilled for
/// every entry, as Lucene advises for bulk indexing: a new Field per entry meant a new token stream and its
/// attributes per field, a visible share of a build.
/// </summary>
/// <remarks>An entry is only valid until the next one is made from the same instance: one instance per writer thread.</remarks>
internal sealed class EntryFields
{
    private readonly StringField _id = new(IndexFields.Id, "", Field.Store.YES);
    private readonly StringField _entry = new(IndexFields.Entry, "", Field.Store.NO);
    private readonly StringField _kind = new(IndexFields.Kind, "", Field.Store.NO);
    private readonly List<StringField> _audience = [];
    private readonly List<StringField> _perspectives = [];
    private readonly List<StringField> _tags = [];

    private readonly AnalyzedText.ReplayStream _titleText = new();
    private readonly AnalyzedText.ReplayStream _tagsText = new();
    private readonly AnalyzedText.ReplayStream _summaryText = new();
    private readonly AnalyzedText.ReplayStream _bodyText = new();
    private readonly AnalyzedText.ReplayStream _headingText = new();
    private readonly AnalyzedText.ReplayStream _sectionText = new();
    private readonly Field _title;
    private readonly Field _tagsField;
    private readonly Field _summary;
    private readonly Field _body;
    private readonly StoredField _sectionIndex = new(IndexFields.SectionIndex, 0);
    private readonly Field _heading;
    private readonly Field _text;
    private readonly Document _documentEntry = new();
    private readonly Document _sectionEntry = new();

    public EntryFields()
    {
        // No term vectors: a search asks the postings which question words its candidates contain (CandidateTerms),
        // and the rare listing of a document's terms analyses it again; writing them cost about a fifth of a build.
        _title = new TextField(IndexFields.Title, _titleText);
        _tagsField = new TextField(IndexFields.Tags, _tagsText);
        _summary = new TextField(IndexFields.Summary, _summaryText);
        _body = new TextField(IndexFields.Body, _bodyText);
        _heading = new TextField(IndexFields.Heading, _headingText);
        _text = new TextField(IndexFields.Text, _sectionText);
    }

    public Document DocumentEntry(KnowledgeDocument d, AnalysedDocument texts)
    {
        var doc = Filters(_documentEntry, d, IndexFields.DocEntry);
        _titleText.Load(texts.Title);
        _tagsText.Load(texts.Tags);
        _summaryText.Load(texts.Summary);
        _bodyText.Load(texts.Body);
        doc.Add(_title);
        doc.Add(_tagsField);
        doc.Add(_summary);
        doc.Add(_body);
        return doc;
    }

    public Document SectionEntry(KnowledgeDocument d, int index, AnalysedDocument texts)
    {
        var doc = Filters(_sectionEntry, d, IndexFields.SectionEntry);
        _sectionIndex.SetInt32Value(index);
        _headingText.Load(texts.Headings[index]);
        _sectionText.Load(texts.Texts[index]);
        doc.Add(_sectionIndex);
        doc.Add(_heading);
        doc.Add(_text);
        return doc;
    }

    /// <summary>Empties <paramref name="doc"/> (the writer is done with the previous entry) and adds the entry's keyword fields.</summary>
    private Document Filters(Document doc, KnowledgeDocument d, string entry)
    {
        _id.SetStringValue(d.Id);
        _entry.SetStringValue(entry);
        _kind.SetStringValue(IndexBuilder.KindName(d.Kind));
        doc.Fields.Clear();
        doc.Add(_id);
        doc.Add(_entry);
        doc.Add(_kind);
        AddValues(doc, _audience, IndexFields.Audience, d.Audience);
        AddValues(doc, _perspectives, IndexFields.Perspective, d.Perspectives);
        AddValues(doc, _tags, IndexFields.Tag, d.Tags);
        return doc;
    }

    /// <summary>One keyword field per value, lower-cased, from a pool that grows to the most values a document has.</summary>
    private static void AddValues(Document doc, List<StringField> pool, string name, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i == pool.Count) pool.Add(new StringField(name, "", Field.Store.NO));
            pool[i].SetStringValue(values[i].ToLowerInvariant());
            doc.Add(pool[i]);
        }
    }
}
