using System.Globalization;

namespace TipBot.Indexer.Cli;

/// <summary>A verb's parsed arguments; the accessors turn a missing or malformed value into a <see cref="UsageException"/>.</summary>
public sealed class CommandLine
{
    private readonly List<string> positionals;
    private readonly Dictionary<string, string> values;
    private readonly HashSet<string> flags;

    private CommandLine(List<string> positionals, Dictionary<string, string> values, HashSet<string> flags)
    {
        this.positionals = positionals;
        this.values = values;
        this.flags = flags;
    }

    public IReadOnlyList<string> Positionals => positionals;

    /// <summary>Parses the arguments after the verb against the verb's spec.</summary>
    public static CommandLine Parse(CommandSpec spec, IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var onlyPositionals = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var equals = arg.IndexOf('=');
            var name = equals > 0 ? arg[..equals] : arg;
            if (spec.FlagOptions.Contains(name))
            {
                if (equals > 0)
                    throw new UsageException($"{name} takes no value");
                flags.Add(name);
            }
            else if (spec.ValueOptions.Contains(name))
            {
                if (equals > 0)
                    values[name] = arg[(equals + 1)..];
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    values[name] = args[++i];
                else
                    throw new UsageException($"{name} needs a value");
            }
            else
            {
                throw new UsageException($"unknown option {name}");
            }
        }

        if (positionals.Count < spec.Positionals)
            throw new UsageException("missing argument");
        if (positionals.Count > spec.Positionals)
            throw new UsageException($"unexpected argument '{positionals[spec.Positionals]}'");

        return new CommandLine(positionals, values, flags);
    }

    public bool Flag(string name) => flags.Contains(name);

    public string? Value(string name) => values.TryGetValue(name, out var value) ? value : null;

    public string Required(string name) => Value(name) ?? throw new UsageException($"missing {name}");

    /// <summary>A whole-number option at least <paramref name="min"/>; <paramref name="fallback"/> when absent.</summary>
    public int Int(string name, int fallback, int min = 1)
    {
        var text = Value(name);
        if (text is null)
            return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
            throw new UsageException($"{name} must be a whole number >= {min}, not '{text}'");
        return value;
    }
}
