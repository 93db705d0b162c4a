using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>
/// The engine's own update path on the real library: one file changes, <see cref="KnowledgeIndex.Rebuild"/>
/// runs (as the bot's watcher does), and a search must find the new word.
/// </summary>
public static class LibraryRebuild
{
    public sealed record Result(int Documents, double MedianMs, double MaxMs);

    public static Result? Measure(string? knowledge)
    {
        if (knowledge is null)
            return null;

        var copy = Path.Combine(Path.GetTempPath(), "tipbot-bench-library-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            CopyFolder(knowledge, copy);
            using var index = new KnowledgeIndex(copy);
            var tip = index.Documents.FirstOrDefault(d => d.Kind == DocumentKind.Tip);
            if (tip is null)
                return null;

            var file = Path.Combine(copy, tip.Path);
            var original = File.ReadAllText(file);
            var latency = new Latency();
            for (var k = 0; k < BenchQueries.NrtRepeats + 1; k++)
            {
                var marker = "zqxmarker" + (char)('a' + k % 26) + (char)('a' + k / 26);
                File.WriteAllText(file, original + "\n" + marker + "\n");
                bool Round()
                {
                    index.Rebuild();
                    return index.Search(new SearchQuery(marker) { Top = 3 }).Hits.Any(h => h.Id == tip.Id);
                }

                var found = k == 0 ? Round() : latency.Time(Round);
                if (!found)
                    throw new InvalidOperationException("the changed tip was not found after a rebuild");
            }

            return new Result(index.Documents.Count, latency.Percentile(0.5), latency.Max);
        }
        finally
        {
            try
            {
                Directory.Delete(copy, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp copy is harmless.
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
