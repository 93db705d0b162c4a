namespace TipBot.LoadBench;

/// <summary>Command-line options; every one has a default so a bare run measures all three targets.</summary>
public sealed record BenchOptions(
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Storages,
    int Concurrency,
    TimeSpan Warmup,
    TimeSpan Duration,
    string RepoRoot)
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project tests/Bench/TipBot.LoadBench -- [options]
          --targets LIST     comma-separated: tipbot, sdk-echo, js-echo (default: all three)
          --storage LIST     TipBot's Storage:Provider, comma-separated: Sqlite, Memory (default: Sqlite)
          --concurrency N    concurrent conversations, one request in flight each (default: 64)
          --warmup S         seconds of unrecorded load before measuring (default: 5)
          --duration S       seconds measured per target (default: 20)
        The servers must be built in Release first:
          dotnet build -c Release bot && dotnet build -c Release tests/Bench/EchoBot.Sdk
        """;

    public static BenchOptions Parse(string[] args)
    {
        var targets = new List<string> { "tipbot", "sdk-echo", "js-echo" };
        var storages = new List<string> { "Sqlite" };
        var concurrency = 64;
        var warmup = 5.0;
        var duration = 20.0;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--targets":
                    targets = Split(Value());
                    foreach (var target in targets.Where(t => t is not ("tipbot" or "sdk-echo" or "js-echo")))
                    {
                        throw new ArgumentException($"Unknown target '{target}'.");
                    }
                    break;
                case "--storage":
                    storages = Split(Value()).Select(Normalise).ToList();
                    break;
                case "--concurrency":
                    concurrency = PositiveInt(name, Value());
                    break;
                case "--warmup":
                    warmup = Seconds(name, Value(), allowZero: true);
                    break;
                case "--duration":
                    duration = Seconds(name, Value(), allowZero: false);
                    break;
                case "-h" or "--help":
                    throw new ArgumentException("");
                default:
                    throw new ArgumentException($"Unknown option '{name}'.");
            }
        }
        return new BenchOptions(targets, storages, concurrency, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(duration), FindRepoRoot());
    }

    private static List<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Normalise(string storage) => storage.ToLowerInvariant() switch
    {
        "sqlite" => "Sqlite",
        "memory" => "Memory",
        _ => throw new ArgumentException($"Unknown storage '{storage}'; use Sqlite or Memory."),
    };

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive whole number.");

    private static double Seconds(string name, string value, bool allowZero) =>
        double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var s) && (s > 0 || (allowZero && s == 0))
            ? s
            : throw new ArgumentException($"{name} must be a number of seconds.");

    /// <summary>The folder with TipBot.sln, from the working directory or the program's own location.</summary>
    public static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TipBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new ArgumentException("Cannot find the repository (TipBot.sln) from the working directory.");
    }
}
