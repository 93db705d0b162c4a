using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TipBot.Indexer.Search;

/// <summary>Builds Lucene queries from term groups: each group is one disjunction, so synonyms and parts never add up twice.</summary>
public static class QueryFactory
{
    private const float PartsBoost = 0.7f;
    private const float FuzzyBoost = 0.6f;

    /// <param name="automata">Shares fuzzy words' automata between the queries of one search; null builds them per query.</param>
    public static Query Build(IReadOnlyList<QueryTermGroup> groups, IReadOnlyList<(string Field, float Boost)> fields, bool fuzzy, FuzzyAutomata? automata = null)
    {
        var top = new BooleanQuery(disableCoord: false);
        foreach (var g in groups)
        {
            var group = new DisjunctionMaxQuery(0.1f);
            foreach (var a in g.Alternatives) group.Add(Fields(a, fields));
            if (g.Parts.Count > 0)
            {
                var parts = new BooleanQuery(disableCoord: true) { Boost = PartsBoost / g.Parts.Count * 1.5f };
                foreach (var p in g.Parts) parts.Add(Fields(p, fields), Occur.SHOULD);
                group.Add(parts);
            }
            if (fuzzy && g.Unknown)
            {
                foreach (var a in g.Alternatives.Where(a => a.Length >= 4)) group.Add(Fuzzy(a, fields, automata));
            }
            top.Add(group, Occur.SHOULD);
        }
        return top;
    }

    public static int MaxEdits(string term) => term.Length >= 7 ? 2 : 1;

    private static Query Fields(string term, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var q = new DisjunctionMaxQuery(0.3f);
        foreach (var (field, boost) in fields) q.Add(new TermQuery(new Term(field, term)) { Boost = boost });
        return q;
    }

    private static Query Fuzzy(string term, IReadOnlyList<(string Field, float Boost)> fields, FuzzyAutomata? automata)
    {
        var q = new DisjunctionMaxQuery(0.3f) { Boost = FuzzyBoost };
        foreach (var (field, boost) in fields)
        {
            var fuzzy = automata is null
                ? new FuzzyQuery(new Term(field, term), MaxEdits(term), prefixLength: 1, maxExpansions: 20, transpositions: true)
                : automata.Query(new Term(field, term), MaxEdits(term), prefixLength: 1, maxExpansions: 20, transpositions: true);
            fuzzy.Boost = boost;
            q.Add(fuzzy);
        }
        return q;
    }
}
