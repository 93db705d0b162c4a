namespace TipBot.Indexer.Cli;

/// <summary>One verb of the command line; each lives in its own file and is listed once in <see cref="CliApp"/>.</summary>
public interface ICliCommand
{
    /// <summary>The verb, the options it accepts, and its usage line.</summary>
    CommandSpec Spec { get; }

    /// <summary>Runs the verb; returns the exit code. Throw <see cref="UsageException"/> for a bad argument value.</summary>
    int Run(CommandLine line, TextWriter output, TextWriter error);
}
