using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli;

/// <summary>Validated filter options shared by the search verbs (--kind, --audience, --perspective).</summary>
public static class SearchOptions
{
    public static DocumentKind? Kind(CommandLine line)
    {
        var value = line.Value("--kind");
        if (value is null) return null;
        return KnowledgeVocabulary.ParseKind(value.Trim().ToLowerInvariant())
            ?? throw new UsageException($"--kind must be one of {string.Join(", ", KnowledgeVocabulary.Kinds)}, not '{value}'");
    }

    public static string? OneOf(CommandLine line, string option, IReadOnlyList<string> allowed)
    {
        var value = line.Value(option)?.Trim().ToLowerInvariant();
        if (value is null) return null;
        return allowed.Contains(value) ? value : throw new UsageException($"{option} must be one of {string.Join(", ", allowed)}, not '{value}'");
    }

    /// <summary>An engine over --index OUT, or over --knowledge DIR (built in memory), or the repository's knowledge/.</summary>
    public static ITipSearch OpenEngine(CommandLine line, out IDisposable lifetime)
    {
        var indexPath = line.Value("--index");
        var knowledge = line.Value("--knowledge");
        if (indexPath is not null && knowledge is not null) throw new UsageException("give either --index or --knowledge, not both");
        if (indexPath is not null)
        {
            if (IndexStore.Current(indexPath) is null) throw new UsageException($"no index in {indexPath}; run build first");
            var engine = IndexStore.Open(indexPath);
            lifetime = engine;
            return engine;
        }
        knowledge ??= KnowledgeFolder.Find();
        if (!Directory.Exists(knowledge)) throw new UsageException($"knowledge folder not found: {knowledge}");
        var index = new KnowledgeIndex(knowledge);
        if (index.LastBuild is { Succeeded: false } failed)
            throw new InvalidOperationException(string.Join("; ", failed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        lifetime = index;
        return index;
    }
}
