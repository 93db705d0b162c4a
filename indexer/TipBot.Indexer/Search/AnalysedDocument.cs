using Lucene.Net.Analysis;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>Every text field of a document analysed once; a section's heading and text serve both its own entry and the body.</summary>
internal sealed record AnalysedDocument(AnalyzedText Title, AnalyzedText Tags, AnalyzedText Summary, AnalyzedText[] Headings, AnalyzedText[] Texts, AnalyzedText? RawBody)
{
    /// <param name="forWriter">Keep the terms' UTF-8 bytes instead of their strings, for the index writer (<see cref="AnalyzedText.Of(Analyzer, string, string, bool)"/>).</param>
    public static AnalysedDocument Of(KnowledgeDocument d, Analyzer analyzer, bool forWriter = false)
    {
        var headings = new AnalyzedText[d.Sections.Count];
        var texts = new AnalyzedText[d.Sections.Count];
        for (var i = 0; i < d.Sections.Count; i++)
        {
            headings[i] = AnalyzedText.Of(analyzer, IndexFields.Body, d.Sections[i].Heading, withBytes: forWriter);
            texts[i] = AnalyzedText.Of(analyzer, IndexFields.Body, PlainText.FromMarkdown(d.Sections[i].Text), withBytes: forWriter);
        }
        return new AnalysedDocument(
            AnalyzedText.Of(analyzer, IndexFields.Title, d.Title, withBytes: forWriter),
            AnalyzedText.Of(analyzer, IndexFields.Tags, TagsText(d), withBytes: forWriter),
            AnalyzedText.Of(analyzer, IndexFields.Summary, d.Summary, withBytes: forWriter),
            headings,
            texts,
            d.Sections.Count == 0 ? AnalyzedText.Of(analyzer, IndexFields.Body, PlainText.FromMarkdown(d.Body), withBytes: forWriter) : null);
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

    /// <summary>Every term the document's whole-document entry is indexed with.</summary>
    public HashSet<string> AllTerms()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Head) set.UnionWith(text.Terms);
        foreach (var text in Body) set.UnionWith(text.Terms);
        return set;
    }

    /// <summary>The terms of title, tags and summary, and the body terms that occur at least <paramref name="minBodyFrequency"/> times.</summary>
    public HashSet<string> TopicalTerms(int minBodyFrequency)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Head) set.UnionWith(text.Terms);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in Body)
        {
            foreach (var term in text.Terms) counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        foreach (var (term, count) in counts)
        {
            if (count >= minBodyFrequency) set.Add(term);
        }
        return set;
    }

    private AnalyzedText[] Head => [Title, Tags, Summary];

    private static string TagsText(KnowledgeDocument d) => string.Join(' ', d.Tags.Select(t => t.Replace('-', ' ')));
}
