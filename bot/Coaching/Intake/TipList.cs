using System.Text;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Coaching.Intake;

/// <summary>A few tips as short Markdown: title in bold, the summary, and a "read more" link when there is one.</summary>
public static class TipList
{
    public static string Markdown(IEnumerable<SearchHit> hits, string readMore) =>
        Markdown(hits.Select(h => (h.Title, h.Summary, h.Source)), readMore);

    public static string Markdown(IEnumerable<KnowledgeDocument> documents, string readMore) =>
        Markdown(documents.Select(d => (d.Title, d.Summary, d.Source)), readMore);

    private static string Markdown(IEnumerable<(string Title, string Summary, string? Source)> items, string readMore)
    {
        var builder = new StringBuilder();
        foreach (var (title, summary, source) in items)
        {
            builder.Append("- **").Append(title).Append("**: ").Append(summary);
            if (!string.IsNullOrWhiteSpace(source))
            {
                builder.Append(" [").Append(readMore).Append("](").Append(source).Append(')');
            }
            builder.Append('\n');
        }
        return builder.ToString().TrimEnd();
    }
}
