using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli;

/// <summary>
/// <c>memory --sets FILE --out FILE [--root DIR] [--each OUT_DIR] [--source head|topical]</c>: a developer verb that writes a
/// <see cref="QuestionMemory"/> from the check sets a sets file names (<see cref="QuestionMemoryLearner.ReadSets"/>, paths
/// relative to --root, the current folder by default), each read on its library folder (<see cref="QuestionMemoryLearner"/>).
/// With --each, also one memory per library (OUT_DIR/NAME.txt, NAME its folder's name) without that library's questions, for an
/// evaluation that leaves it out.
/// </summary>
public sealed class MemoryCommand : ICliCommand
{
    public CommandSpec Spec { get; } = new(
        "memory", "memory --sets FILE --out FILE [--root DIR] [--each OUT_DIR] [--source head|topical]",
        Options: ["--sets", "--out", "--root", "--each", "--source"]);

    public int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var setsPath = line.Required("--sets");
        if (!File.Exists(setsPath)) throw new UsageException($"sets file not found: {setsPath}");
        var root = line.Value("--root") ?? ".";
        var source = (line.Value("--source") ?? "topical") switch
        {
            "head" => QuestionMemoryLearner.AnswerSource.Head,
            "topical" => QuestionMemoryLearner.AnswerSource.Topical,
            var other => throw new UsageException($"--source must be head or topical, not '{other}'"),
        };
        var outPath = line.Required("--out");
        List<QuestionMemory.Entry> entries;
        try
        {
            var sets = QuestionMemoryLearner.ReadSets(setsPath, root);
            foreach (var (folder, queries) in sets)
            {
                if (!Directory.Exists(folder)) throw new UsageException($"library folder not found: {folder}");
                if (!File.Exists(queries)) throw new UsageException($"queries file not found: {queries}");
            }
            entries = QuestionMemoryLearner.Learn(sets, source);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        File.WriteAllText(outPath, QuestionMemory.Format(entries));
        output.WriteLine($"{outPath}: {entries.Count} questions of {entries.Select(e => e.Library).Distinct().Count()} libraries");
        if (line.Value("--each") is { } each)
        {
            Directory.CreateDirectory(each);
            foreach (var library in entries.Select(e => e.Library).Distinct(StringComparer.Ordinal))
                File.WriteAllText(Path.Combine(each, library + ".txt"), QuestionMemory.Format(entries.Where(e => e.Library != library)));
            output.WriteLine($"{each}: one memory per library, each without its questions");
        }
        return 0;
    }
}
