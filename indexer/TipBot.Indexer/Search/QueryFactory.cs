using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TipBot.Indexer.Search;

/// <summary>Builds Lucene queries from term groups: each group is one disjunction, so synonyms and parts never add up twice.</summary>
public static class QueryFactory
{
    private const float PartsBoost = 0.7f;
    private const float FuzzyBoost = 0.6f;

    /// <param name="nearTerms">
    /// The index's terms within typo distance of a word (<see cref="IndexSnapshot.NearTerms"/>); when given, a misspelt
    /// word becomes those terms directly instead of a FuzzyQuery, whose automaton intersection with every field's term
    /// dictionary was most of a typo question's time (and its p99).
    /// </param>
    /// <param name="termStates">
    /// A term's place in a field's dictionary (<see cref="IndexSnapshot.TermStates"/>), null when the field does not have
    /// it. When given, the clauses of terms a field does not have are left out: they cannot match or change a score (BM25
    /// has no coordination factor or query norm) but each costs a dictionary look-up per search, and most words of a
    /// question are missing from most fields; the others are not looked up again.
    /// </param>
    /// <param name="postings">With term states: the scorers read postings from this lease (<see cref="PostingsPool"/>); it must outlive the search.</param>
    public static Query Build(IReadOnlyList<QueryTermGroup> groups, IReadOnlyList<(string Field, float Boost)> fields, bool fuzzy,
        Func<string, IReadOnlyCollection<string>>? nearTerms = null, Func<string, string, TermContext?>? termStates = null, PostingsPool.Lease? postings = null)
    {
        var top = new BooleanQuery(disableCoord: false);
        foreach (var g in groups)
        {
            var group = new DisjunctionMaxQuery(0.1f);
            // A word's synonyms add up, as the counts of one word would: a tip that uses two of them is more about it.
            var words = new BooleanQuery(disableCoord: true);
            for (var i = 0; i < g.Alternatives.Count; i++)
            {
                if (Fields(g.Alternatives[i], fields, termStates, postings) is not { } q) continue;
                if (g.AlternativeBoosts is { } boosts && i < boosts.Count) q.Boost = boosts[i];
                words.Add(q, Occur.SHOULD);
            }
            if (words.Clauses.Count > 0) group.Add(g.Alternatives.Count == 1 ? words.Clauses[0].Query : words);
            if (g.Parts.Count > 0)
            {
                var parts = new BooleanQuery(disableCoord: true) { Boost = PartsBoost / g.Parts.Count * 1.5f };
                for (var i = 0; i < g.Parts.Count; i++)
                {
                    var terms = g.PartTerms(i);
                    if (terms.Count == 1)
                    {
                        if (Fields(terms[0], fields, termStates, postings) is { } single) parts.Add(single, Occur.SHOULD);
                        continue;
                    }
                    var part = new DisjunctionMaxQuery(0.1f);
                    foreach (var t in terms)
                    {
                        if (Fields(t, fields, termStates, postings) is { } q) part.Add(q);
                    }
                    if (part.Disjuncts.Count > 0) parts.Add(part, Occur.SHOULD);
                }
                if (parts.Clauses.Count > 0) group.Add(parts);
            }
            if (fuzzy && g.Unknown)
            {
                foreach (var a in g.Alternatives.Where(TermMatcher.IsFuzzyCandidate))
                {
                    var near = nearTerms is null ? Fuzzy(a, fields) : Near(a, nearTerms(a), fields, termStates, postings);
                    if (near is not null) group.Add(near);
                }
            }
            if (group.Disjuncts.Count > 0) top.Add(group, Occur.SHOULD);
        }
        return top;
    }

    public static int MaxEdits(string term) => term.Length >= 7 ? 2 : 1;

    // Slop for a phrase from the synonym list: its stop words were removed on both sides, leaving gaps.
    private const int PhraseSlop = 2;

    private static Query? Fields(string term, IReadOnlyList<(string Field, float Boost)> fields, Func<string, string, TermContext?>? termStates, PostingsPool.Lease? postings)
    {
        var q = new DisjunctionMaxQuery(0.3f);
        foreach (var (field, boost) in fields)
        {
            if (termStates is null || term.Contains(' ')) q.Add(Term(field, term, boost));
            else if (termStates(field, term) is { } states) q.Add(Stated(new Term(field, term), states, boost, postings));
        }
        return q.Disjuncts.Count > 0 ? q : null;
    }

    // The same scores either way; the pooled query reuses the snapshot's cursors and postings readers.
    private static Query Stated(Term term, TermContext states, float boost, PostingsPool.Lease? postings) =>
        postings is null ? new TermQuery(term, states) { Boost = boost } : new PooledTermQuery(term, states, postings) { Boost = boost };

    private static Query Term(string field, string term, float boost)
    {
        if (!term.Contains(' ')) return new TermQuery(new Term(field, term)) { Boost = boost };
        var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = boost };
        foreach (var w in QueryAnalysis.Words(term)) phrase.Add(new Term(field, w));
        return phrase;
    }

    /// <summary>As a FuzzyQuery scores (the nearest <see cref="MaxExpansions"/> terms, each boosted by its similarity), from known near terms.</summary>
    private static Query? Near(string word, IReadOnlyCollection<string> near, IReadOnlyList<(string Field, float Boost)> fields, Func<string, string, TermContext?>? termStates,
        PostingsPool.Lease? postings)
    {
        var chosen = near
            .Select(t => (Term: t, Distance: TermMatcher.EditDistance(word, t)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Term, StringComparer.Ordinal)
            .Take(MaxExpansions)
            .Select(x => (x.Term, Similarity: 1f - x.Distance / (float)Math.Min(word.Length, x.Term.Length)))
            .ToList();
        var q = new DisjunctionMaxQuery(0.3f) { Boost = FuzzyBoost };
        foreach (var (field, boost) in fields)
        {
            var terms = new BooleanQuery(disableCoord: true);
            foreach (var (term, similarity) in chosen)
            {
                if (termStates is null) terms.Add(new TermQuery(new Term(field, term)) { Boost = boost * similarity }, Occur.SHOULD);
                else if (termStates(field, term) is { } states) terms.Add(Stated(new Term(field, term), states, boost * similarity, postings), Occur.SHOULD);
            }
            if (terms.Clauses.Count > 0) q.Add(terms);
        }
        return q.Disjuncts.Count > 0 ? q : null;
    }

    private const int MaxExpansions = 20;

    // Lucene's own fuzzy matching, for callers without near terms: the tests' measure of what Near must score like.
    private static Query Fuzzy(string term, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var q = new DisjunctionMaxQuery(0.3f) { Boost = FuzzyBoost };
        foreach (var (field, boost) in fields)
        {
            var fuzzy = new FuzzyQuery(new Term(field, term), MaxEdits(term), prefixLength: 1, maxExpansions: MaxExpansions, transpositions: true);
            fuzzy.Boost = boost;
            q.Add(fuzzy);
        }
        return q;
    }
}
