namespace TipBot.Indexer.Cli;

/// <summary>A bad command-line argument: printed as one usage line on stderr, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
