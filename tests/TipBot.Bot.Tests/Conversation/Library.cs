using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>The real search engine over the repository's knowledge/, built once for all conversation tests.</summary>
internal static class Library
{
    private static readonly Lazy<KnowledgeIndex> Index = new(() =>
    {
        var index = new KnowledgeIndex(System.IO.Path.Combine(RepositoryRoot.Path, "knowledge"));
        var report = index.Rebuild();
        if (!report.Succeeded || report.DocumentCount == 0)
        {
            throw new InvalidOperationException("The library did not build: " + string.Join("\n", report.Diagnostics));
        }
        return index;
    });

    public static ITipSearch Search => Index.Value;

    /// <summary>The tip id behind a tip card (its buttons carry it).</summary>
    public static string? TipIdOf(Newtonsoft.Json.Linq.JObject card) =>
        card.Descendants().OfType<Newtonsoft.Json.Linq.JObject>().Select(o => (string?)o["data"]?["tipId"]).FirstOrDefault(id => id is not null);
}
