using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>The outcome of one (atomic) index build.</summary>
public sealed record BuildReport(
    bool Succeeded,
    int DocumentCount,
    TimeSpan Duration,
    DateTimeOffset FinishedAt,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The live index over a knowledge folder: searches always go to the newest good build;
/// <see cref="Rebuild"/> builds beside it and swaps only on success.
/// </summary>
public interface IKnowledgeIndex : ITipSearch
{
    /// <summary>Re-reads the folder and swaps in a new index; a failed build leaves the old one serving.</summary>
    BuildReport Rebuild();

    /// <summary>The last build attempt (successful or not); null before the first.</summary>
    BuildReport? LastBuild { get; }

    /// <summary>The folder this index is built from.</summary>
    string KnowledgePath { get; }

    /// <summary>Done when the serving index's background reads started at open are: until then questions are slower, not wrong.</summary>
    Task Warmed { get; }
}
