using System.Globalization;

namespace TipBot.Indexer.Evaluation;

/// <summary>One row of an evaluation file: the question, graded relevant ids (empty for NONE) and its category.</summary>
public sealed record EvalQuery(string Text, IReadOnlyDictionary<string, int> Relevant, string Category, string Note)
{
    public bool Answerable => Relevant.Count > 0;

    /// <summary>Reads <c>query&lt;TAB&gt;relevant&lt;TAB&gt;note</c> rows after a header line; relevant is <c>id:grade,...</c> or NONE.</summary>
    public static IReadOnlyList<EvalQuery> ReadFile(string path)
    {
        var rows = new List<EvalQuery>();
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) throw new FormatException($"{path}:{i + 1}: expected query<TAB>relevant<TAB>note");
            var relevant = new Dictionary<string, int>(StringComparer.Ordinal);
            var rel = cols[1].Trim();
            if (!rel.Equals("NONE", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var item in rel.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var colon = item.LastIndexOf(':');
                    var id = colon > 0 ? item[..colon] : item;
                    var grade = colon > 0 && int.TryParse(item[(colon + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) ? g : 1;
                    relevant[id] = Math.Max(grade, relevant.GetValueOrDefault(id));
                }
            }
            var note = cols.Length > 2 ? cols[2].Trim() : "";
            var category = note.Split([' ', ':', ',', ';', '-'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "plain";
            rows.Add(new EvalQuery(cols[0].Trim(), relevant, category, note));
        }
        return rows;
    }
}
