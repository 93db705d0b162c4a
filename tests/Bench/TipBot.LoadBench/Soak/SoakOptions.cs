using System.Globalization;

namespace TipBot.LoadBench.Soak;

/// <summary>Options of the soak run (`soak` as the first argument).</summary>
public sealed record SoakOptions(
    int Conversations,
    TimeSpan Duration,
    string Postgres,
    int QuestionsPerIntake,
    int Coaches,
    int ClaimEvery,
    TimeSpan DrainTimeout,
    string RepoRoot)
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project tests/Bench/TipBot.LoadBench -- soak [options]
          --conversations N        concurrent conversations, one request in flight each (default: 1000)
          --duration S             seconds of load (default: 300)
          --postgres CONN          Npgsql connection string of the server to use; a schema of its own is made and
                                   dropped (default: $TIPBOT_SOAK_POSTGRES, else $TIPBOT_TEST_POSTGRES)
          --questions-per-intake N questions a conversation asks before each intake (default: 2)
          --coaches N              coaches claiming cards at the same time (default: 8)
          --claim-every N          every N-th request card is claimed (default: 2)
          --drain-timeout S        how long to wait for the outbox after the load (default: 180)
        The bot must be built in Release first: dotnet build -c Release bot
        """;

    public static SoakOptions Parse(string[] args, string repoRoot)
    {
        var conversations = 1000;
        var duration = 300.0;
        var postgres = Environment.GetEnvironmentVariable("TIPBOT_SOAK_POSTGRES") is { Length: > 0 } soak ? soak
            : Environment.GetEnvironmentVariable("TIPBOT_TEST_POSTGRES") ?? "";
        var questionsPerIntake = 2;
        var coaches = 8;
        var claimEvery = 2;
        var drain = 180.0;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--conversations": conversations = Whole(name, Value(), 1); break;
                case "--duration": duration = Seconds(name, Value()); break;
                case "--postgres": postgres = Value(); break;
                case "--questions-per-intake": questionsPerIntake = Whole(name, Value(), 0); break;
                case "--coaches": coaches = Whole(name, Value(), 1); break;
                case "--claim-every": claimEvery = Whole(name, Value(), 1); break;
                case "--drain-timeout": drain = Seconds(name, Value()); break;
                case "-h" or "--help": throw new ArgumentException("");
                default: throw new ArgumentException($"Unknown option '{name}'.");
            }
        }
        if (postgres.Length == 0)
        {
            throw new ArgumentException("No PostgreSQL: pass --postgres or set TIPBOT_SOAK_POSTGRES (e.g. from `bash scripts/postgres.sh`).");
        }
        return new SoakOptions(conversations, TimeSpan.FromSeconds(duration), postgres, questionsPerIntake, coaches, claimEvery,
            TimeSpan.FromSeconds(drain), repoRoot);
    }

    private static int Whole(string name, string value, int min) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new ArgumentException($"{name} must be a whole number of at least {min}.");

    private static double Seconds(string name, string value) =>
        double.TryParse(value, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : throw new ArgumentException($"{name} must be a number of seconds.");
}
