using System.Text.Json;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>The JSON shape of bench output: camelCase, compact.</summary>
public static class BenchJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
