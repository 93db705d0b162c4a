namespace TipBot.Indexer.Cli;

/// <summary>
/// The shape of a verb's arguments: how many positional values, which options take a value
/// (<c>--top 5</c> or <c>--top=5</c>) and which are plain flags (<c>--json</c>).
/// </summary>
public sealed record CommandSpec(
    string Verb,
    string Usage,
    int Positionals = 0,
    IReadOnlyList<string>? Options = null,
    IReadOnlyList<string>? Flags = null)
{
    public IReadOnlyList<string> ValueOptions => Options ?? [];

    public IReadOnlyList<string> FlagOptions => Flags ?? [];
}
