using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli;

/// <summary><c>search "QUERY" (--index OUT | --knowledge DIR) [--top N] [--kind K] [--audience A] [--perspective P] [--json]</c>.</summary>
public sealed class SearchCommand : ICliCommand
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public CommandSpec Spec { get; } = new(
        "search",
        "search \"QUERY\" (--index OUT | --knowledge DIR) [--top N] [--kind K] [--audience A] [--perspective P] [--json]",
        Positionals: 1,
        Options: ["--index", "--knowledge", "--top", "--kind", "--audience", "--perspective"],
        Flags: ["--json"]);

    public int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var query = new SearchQuery(line.Positionals[0])
        {
            Top = line.Int("--top", 5, min: 1),
            Kind = SearchOptions.Kind(line),
            Audience = SearchOptions.OneOf(line, "--audience", KnowledgeVocabulary.Audience),
            Perspective = SearchOptions.OneOf(line, "--perspective", KnowledgeVocabulary.Perspectives),
        };
        var engine = SearchOptions.OpenEngine(line, out var lifetime);
        using (lifetime)
        {
            var result = engine.Search(query);
            if (line.Flag("--json")) WriteJson(result, output);
            else WriteText(result, output);
        }
        return 0;
    }

    private static void WriteJson(SearchResult result, TextWriter output)
    {
        var json = new
        {
            query = result.Query,
            answered = result.Answered,
            results = result.Hits.Select(h => new
            {
                id = h.Id,
                kind = h.Kind.Name(),
                title = h.Title,
                summary = h.Summary,
                section = h.Section,
                snippet = h.Snippet,
                score = Math.Round(h.Score, 4),
                source = h.Source,
                path = h.Path,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(json, Json));
    }

    private static void WriteText(SearchResult result, TextWriter output)
    {
        output.WriteLine(result.Answered
            ? $"\"{result.Query}\": {result.Hits.Count} results"
            : $"\"{result.Query}\": no good answer in the library{(result.Hits.Count > 0 ? " (closest matches below)" : "")}");
        var rank = 1;
        foreach (var h in result.Hits)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank++}. {h.Title}  [{h.Kind.Name()}: {h.Id}, score {h.Score:0.00}]"));
            if (h.Summary.Length > 0) output.WriteLine($"   {h.Summary}");
            if (h.Section.Length > 0) output.WriteLine($"   ## {h.Section}");
            if (h.Snippet.Length > 0) output.WriteLine($"   > {h.Snippet}");
            output.WriteLine($"   {h.Path}{(h.Source is null ? "" : "  " + h.Source)}");
        }
    }
}
