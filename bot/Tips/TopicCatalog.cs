using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tips;

/// <summary>A tag with how many answerable documents carry it.</summary>
public sealed record TopicCount(string Tag, int Count);

/// <summary>Documents shown when browsing one tag or perspective, newest first.</summary>
public sealed record BrowseResult(IReadOnlyList<TipView> Shown, int Total);

/// <summary>The library's topics (tags) and the four perspectives, for browsing without a question.</summary>
public sealed class TopicCatalog(ITipSearch search)
{
    /// <summary>The "four B's" of knowledge-format.md, in their usual order.</summary>
    public static IReadOnlyList<string> Perspectives { get; } =
        ["burgers-en-bedrijven", "buurten", "belanghebbenden", "bestuur-en-organisatie"];

    /// <summary>The most used tags of documents a user can get as an answer (coach profiles excluded).</summary>
    public IReadOnlyList<TopicCount> TopTags(int count) =>
        Answerable()
            .SelectMany(d => d.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .Select(g => new TopicCount(g.Key, g.Count()))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Tag, StringComparer.Ordinal)
            .Take(count)
            .ToList();

    public BrowseResult ByTag(string tag, int count) =>
        Browse(d => d.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase), count);

    public BrowseResult ByPerspective(string perspective, int count) =>
        Browse(d => d.Perspectives.Contains(perspective, StringComparer.OrdinalIgnoreCase), count);

    /// <summary>
    /// Tips to offer before anyone typed (the message extension's first run). The library has no usage counts
    /// yet, so "featured" means: tips before cases and workshops, the most recently updated first.
    /// </summary>
    public IReadOnlyList<TipView> Featured(int skip, int count) =>
        Answerable()
            .OrderBy(d => d.Kind == DocumentKind.Tip ? 0 : 1)
            .ThenByDescending(d => d.Updated)
            .ThenBy(d => d.Title, StringComparer.Ordinal)
            .Skip(skip)
            .Take(count)
            .Select(TipView.From)
            .ToList();

    private BrowseResult Browse(Func<KnowledgeDocument, bool> predicate, int count)
    {
        var matching = Answerable().Where(predicate).ToList();
        var shown = matching
            .OrderBy(d => d.Kind == DocumentKind.Tip ? 0 : 1)
            .ThenByDescending(d => d.Updated)
            .ThenBy(d => d.Title, StringComparer.Ordinal)
            .Take(count)
            .Select(TipView.From)
            .ToList();
        return new BrowseResult(shown, matching.Count);
    }

    private IEnumerable<KnowledgeDocument> Answerable() => search.Documents.Where(d => d.Kind != DocumentKind.Coach);
}
