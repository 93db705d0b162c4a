using Lucene.Net.Analysis;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>Every text field of a document analysed once; a section's heading and text serve both its own entry and the body.</summary>
internal sealed record AnalysedDocument(AnalyzedText Title, AnalyzedText Tags, AnalyzedText Summary, AnalyzedText[] Headings, AnalyzedText[] Texts, AnalyzedText? RawBody)
{
    public static AnalysedDocument Of(KnowledgeDocument d, Analyzer analyzer)
    {
        var headings = new AnalyzedText[d.Sections.Count];
        var texts = new AnalyzedText[d.Sections.Count];
        for (var i = 0; i < d.Sections.Count; i++)
        {
            headings[i] = AnalyzedText.Of(analyzer, IndexFields.Body, d.Sections[i].Heading);
            texts[i] = AnalyzedText.Of(analyzer, IndexFields.Body, PlainText.FromMarkdown(d.Sections[i].Text));
        }
        return new AnalysedDocument(
            AnalyzedText.Of(analyzer, IndexFields.Title, d.Title),
            AnalyzedText.Of(analyzer, IndexFields.Tags, TagsText(d)),
            AnalyzedText.Of(analyzer, IndexFields.Summary, d.Summary),
            headings,
            texts,
            d.Sections.Count == 0 ? AnalyzedText.Of(analyzer, IndexFields.Body, PlainText.FromMarkdown(d.Body)) : null);
    }

    /// <summary>The body as <see cref="IndexBuilder.BodyText"/> writes it: each section's heading, then its text.</summary>
    public AnalyzedText[] Body
    {
        get
        {
            if (RawBody is { } raw) return [raw];
            var body = new AnalyzedText[Headings.Length * 2];
            for (var i = 0; i < Headings.Length; i++)
            {
                body[2 * i] = Headings[i];
                body[2 * i + 1] = Texts[i];
            }
            return body;
        }
    }

    private static string TagsText(KnowledgeDocument d) => string.Join(' ', d.Tags.Select(t => t.Replace('-', ' ')));
}
