namespace TipBot.Indexer.Cli;

/// <summary>The command line's entry point: picks the verb, parses its arguments, maps bad input to exit code 2.</summary>
public static class CliApp
{
    private const string Tool = "dotnet run --project indexer --";

    // Every verb, one line each; a verb is its own file implementing ICliCommand.
    private static ICliCommand[] Commands() =>
    [
        new CheckCommand(),
        new BuildCommand(),
        new SearchCommand(),
        new EvalCommand(),
        new BenchCommand(),
        new MemoryCommand(),
    ];

    /// <summary>Runs one invocation; exit 0 on success, 1 when the verb found problems, 2 on bad arguments.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var commands = Commands();
        if (args.Length == 1 && args[0] is "help" or "--help" or "-h")
        {
            foreach (var c in commands)
                output.WriteLine($"usage: {Tool} {c.Spec.Usage}");
            return 0;
        }

        if (args.Length == 0)
            return Usage(error, "missing command", AllVerbs(commands));

        var command = commands.FirstOrDefault(c => c.Spec.Verb == args[0]);
        if (command is null)
            return Usage(error, $"unknown command '{args[0]}'", AllVerbs(commands));

        try
        {
            var line = CommandLine.Parse(command.Spec, args[1..]);
            return command.Run(line, output, error);
        }
        catch (UsageException e)
        {
            return Usage(error, e.Message, command.Spec.Usage);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return Usage(error, e.Message, command.Spec.Usage);
        }
    }

    private static string AllVerbs(ICliCommand[] commands) =>
        $"({string.Join(" | ", commands.Select(c => c.Spec.Verb))}) ...";

    private static int Usage(TextWriter error, string problem, string usage)
    {
        error.WriteLine($"error: {problem}; usage: {Tool} {usage}");
        return 2;
    }
}
