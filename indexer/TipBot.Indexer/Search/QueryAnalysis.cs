using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;

namespace TipBot.Indexer.Search;

/// <summary>Turns a user's text into term groups, never throwing on odd input (quotes, colons, wildcards, nothing).</summary>
public static class QueryAnalysis
{
    public const int MaxGroups = 32;

    public static IReadOnlyList<QueryTermGroup> Analyze(Analyzer analyzer, string? text, IndexReader reader)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (text.Length > 2000) text = text[..2000];
        var raw = new List<(List<string> Alts, List<string> Parts)>();
        using (var ts = analyzer.GetTokenStream(IndexFields.Body, new StringReader(text)))
        {
            var term = ts.AddAttribute<ICharTermAttribute>();
            var posInc = ts.AddAttribute<IPositionIncrementAttribute>();
            var type = ts.AddAttribute<ITypeAttribute>();
            ts.Reset();
            while (ts.IncrementToken())
            {
                var t = term.ToString();
                if (t.Length == 0) continue;
                if (posInc.PositionIncrement > 0 || raw.Count == 0) raw.Add(([], []));
                var g = raw[^1];
                var list = type.Type == CompoundSplitFilter.PartType ? g.Parts : g.Alts;
                if (!list.Contains(t)) list.Add(t);
            }
            ts.End();
        }

        var groups = new List<QueryTermGroup>();
        var seen = new HashSet<string>();
        var docCount = Math.Max(1, reader.DocFreqOfEntries());
        foreach (var (alts, parts) in raw)
        {
            // A group of only parts means its whole word was a stop word; keep the parts as words.
            var alternatives = alts.Count > 0 ? alts : parts;
            var subParts = alts.Count > 0 ? parts.Where(p => !alts.Contains(p)).ToList() : [];
            var key = string.Join('|', alternatives.Order());
            if (!seen.Add(key)) continue;
            var df = alternatives.Max(a => DocumentFrequency(reader, a));
            var partsDf = subParts.Count == 0 ? 0 : subParts.Min(p => DocumentFrequency(reader, p));
            var unknown = df == 0 && partsDf == 0;
            groups.Add(new QueryTermGroup(alternatives, subParts)
            {
                Unknown = unknown,
                // A word the library never uses counts as a rare one: it is what the question is about.
                Weight = Idf(Math.Max(df, Math.Min(partsDf, 1)) is var f && f == 0 ? 1 : f, docCount),
            });
            if (groups.Count == MaxGroups) break;
        }
        return groups;
    }

    /// <summary>In how many whole documents a term occurs, in any searched field.</summary>
    public static int DocumentFrequency(IndexReader reader, string term)
    {
        var max = 0;
        foreach (var field in TextFields)
        {
            max = Math.Max(max, reader.DocFreq(new Term(field, term)));
        }
        return max;
    }

    private static readonly string[] TextFields = [IndexFields.Title, IndexFields.Tags, IndexFields.Summary, IndexFields.Body];

    public static double Idf(int df, int docCount) => Math.Log(1 + (docCount - df + 0.5) / (df + 0.5));

    private static int DocFreqOfEntries(this IndexReader reader) => reader.DocFreq(new Term(IndexFields.Entry, IndexFields.DocEntry));
}
