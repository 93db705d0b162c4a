using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// Results of recent searches of one index snapshot, by question and filters. Chat users ask the same questions
/// again and again (suggested questions, the welcome card's examples); a snapshot never changes, and a re-index
/// builds a new snapshot with an empty cache, so a cached result is always the one a search would give.
/// </summary>
public sealed class SearchResultCache(int capacity)
{
    // Bounded the simple way: questions follow a steep popularity curve, so the popular ones are back at once.
    private readonly BoundedCache<Key, SearchResult> _results = new(Math.Max(1, capacity));

    public SearchResult GetOrAdd(SearchQuery query, Func<SearchQuery, SearchResult> search)
    {
        if (capacity <= 0) return search(query);
        var key = new Key(query.Text ?? "", query.Top, query.Skip, query.Kind, query.Audience, query.Perspective,
            query.Tags is { Count: > 0 } tags ? string.Join('\u001f', tags) : "");
        return _results.GetOrAdd(key, _ => search(query));
    }

    private readonly record struct Key(string Text, int Top, int Skip, DocumentKind? Kind, string? Audience, string? Perspective, string Tags);
}
