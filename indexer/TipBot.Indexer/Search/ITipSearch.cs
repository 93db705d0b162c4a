using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>The search the bot and the command line use; implemented over a Lucene index.</summary>
public interface ITipSearch
{
    SearchResult Search(SearchQuery query);

    /// <summary>Documents like the given one (never itself, never coaches).</summary>
    SearchResult MoreLikeThis(string id, int top = 3);

    KnowledgeDocument? Get(string id);

    /// <summary>Every indexed document (including coaches), for browsing topics, workshops and routing.</summary>
    IReadOnlyList<KnowledgeDocument> Documents { get; }
}
