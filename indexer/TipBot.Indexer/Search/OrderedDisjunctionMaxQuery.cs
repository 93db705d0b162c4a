using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// A <see cref="DisjunctionMaxQuery"/> whose scorer adds its matching clauses' scores up in clause order, so a document
/// scores the same however its scorer was moved there.
/// </summary>
/// <remarks>
/// Lucene's disjunction-max scorer sums its clauses' float scores in the order of its heap, and the heap's layout
/// depends on whether the scorer was stepped or advanced (filtered by bits, by a filter's iterator, or advanced past
/// documents by <see cref="TopDocsMaxScore"/>): with three or more matching clauses the float sum, and so the score,
/// can differ in its last bit from one path to another. The formula is Lucene's (<c>max + tie * (sum - max)</c>,
/// floats), its order that of Lucene's explanation, so a score equals what <c>Explain</c> reports for the clause.
/// </remarks>
internal sealed class OrderedDisjunctionMaxQuery : Query
{
    private List<Query> _disjuncts;

    public OrderedDisjunctionMaxQuery(IEnumerable<Query> disjuncts, float tieBreakerMultiplier)
    {
        _disjuncts = [.. disjuncts];
        TieBreakerMultiplier = tieBreakerMultiplier;
    }

    public IReadOnlyList<Query> Disjuncts => _disjuncts;

    public float TieBreakerMultiplier { get; }

    /// <summary>A copy of the query tree, every node new, with every disjunction-max (under boolean and disjunction-max queries) an ordered one.</summary>
    /// <remarks>
    /// Every node is copied because rewriting changes boosts in place: a boolean query of one clause folds its boost
    /// into whatever its clause rewrites to, and when that is a node of the tree (a disjunction of one clause rewrites
    /// to its clause) the node itself is changed. A tree rewritten twice would score differently the second time, so
    /// each search rewrites a copy of its own.
    /// </remarks>
    public static Query CopyOf(Query q)
    {
        switch (q)
        {
            case DisjunctionMaxQuery d:
                return new OrderedDisjunctionMaxQuery(d.Disjuncts.Select(CopyOf), d.TieBreakerMultiplier) { Boost = d.Boost };
            case OrderedDisjunctionMaxQuery o:
                return new OrderedDisjunctionMaxQuery(o.Disjuncts.Select(CopyOf), o.TieBreakerMultiplier) { Boost = o.Boost };
            case BooleanQuery b:
                var copy = new BooleanQuery(b.CoordDisabled) { Boost = b.Boost, MinimumNumberShouldMatch = b.MinimumNumberShouldMatch };
                foreach (var clause in b.Clauses) copy.Add(CopyOf(clause.Query), clause.Occur);
                return copy;
            default:
                return (Query)q.Clone();
        }
    }

    /// <summary>Lucene's disjunction-max formula over the matching clauses' float sum and maximum; every path that scores one of these queries calls it, so their floats agree.</summary>
    internal static float Combine(float max, float sum, float tie) => max + (sum - max) * tie;

    public override Weight CreateWeight(IndexSearcher searcher) => new OrderedWeight(this, searcher);

    public override Query Rewrite(IndexReader reader)
    {
        // As DisjunctionMaxQuery: a single clause stands for the query, carrying its boost.
        if (_disjuncts.Count == 1)
        {
            var single = _disjuncts[0];
            var result = single.Rewrite(reader);
            if (Boost != 1f)
            {
                if (ReferenceEquals(result, single)) result = (Query)result.Clone();
                result.Boost = Boost * result.Boost;
            }
            return result;
        }
        OrderedDisjunctionMaxQuery? clone = null;
        for (var i = 0; i < _disjuncts.Count; i++)
        {
            var rewritten = _disjuncts[i].Rewrite(reader);
            if (ReferenceEquals(rewritten, _disjuncts[i])) continue;
            clone ??= (OrderedDisjunctionMaxQuery)Clone();
            clone._disjuncts[i] = rewritten;
        }
        return clone ?? (Query)this;
    }

    public override object Clone()
    {
        var clone = (OrderedDisjunctionMaxQuery)base.Clone();
        clone._disjuncts = [.. _disjuncts];
        return clone;
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var d in _disjuncts) d.ExtractTerms(terms);
    }

    public override string ToString(string field) =>
        "(" + string.Join(" | ", _disjuncts.Select(d => d.ToString(field))) + ")" + (TieBreakerMultiplier != 0f ? "~" + TieBreakerMultiplier : "") + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is OrderedDisjunctionMaxQuery other && other.Boost == Boost && other.TieBreakerMultiplier == TieBreakerMultiplier && other._disjuncts.SequenceEqual(_disjuncts);

    public override int GetHashCode()
    {
        var hash = HashCode.Combine(Boost, TieBreakerMultiplier);
        foreach (var d in _disjuncts) hash = HashCode.Combine(hash, d);
        return hash;
    }

    private sealed class OrderedWeight : Weight
    {
        private readonly OrderedDisjunctionMaxQuery _query;
        private readonly Weight[] _weights;

        public OrderedWeight(OrderedDisjunctionMaxQuery query, IndexSearcher searcher)
        {
            _query = query;
            _weights = [.. query._disjuncts.Select(d => d.CreateWeight(searcher))];
        }

        public override Query Query => _query;

        public override float GetValueForNormalization()
        {
            float max = 0f, sum = 0f;
            foreach (var w in _weights)
            {
                var sub = w.GetValueForNormalization();
                sum += sub;
                max = Math.Max(max, sub);
            }
            var (tie, boost) = (_query.TieBreakerMultiplier, _query.Boost);
            return ((sum - max) * tie * tie + max) * boost * boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= _query.Boost;
            foreach (var w in _weights) w.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            List<Scorer>? scorers = null;
            foreach (var w in _weights)
            {
                if (w.GetScorer(context, acceptDocs) is { } s) (scorers ??= []).Add(s);
            }
            return scorers is null ? null : new OrderedScorer(this, [.. scorers], _query.TieBreakerMultiplier);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (_weights.Length == 1) return _weights[0].Explain(context, doc);
            var tie = _query.TieBreakerMultiplier;
            var result = new ComplexExplanation { Description = tie == 0f ? "max of:" : "max plus " + tie + " times others of:" };
            float max = 0f, sum = 0f;
            foreach (var w in _weights)
            {
                var e = w.Explain(context, doc);
                if (!e.IsMatch) continue;
                result.Match = true;
                result.AddDetail(e);
                sum += e.Value;
                max = Math.Max(max, e.Value);
            }
            result.Value = Combine(max, sum, tie);
            return result;
        }
    }

    /// <summary>Steps its clauses' scorers together (few clauses: a scan, no heap) and scores the matching ones in clause order.</summary>
    /// <remarks>Keeps each clause's current doc in an array: reading it back through the scorers was most of a step's cost.</remarks>
    private sealed class OrderedScorer : Scorer
    {
        private readonly Scorer[] _scorers;
        private readonly int[] _docs;
        private readonly float _tie;
        private int _doc = -1;

        public OrderedScorer(Weight weight, Scorer[] scorers, float tie) : base(weight)
        {
            _scorers = scorers;
            _docs = new int[scorers.Length];
            Array.Fill(_docs, -1);
            _tie = tie;
        }

        public override int DocID => _doc;

        public override int Freq
        {
            get
            {
                var n = 0;
                foreach (var d in _docs) if (d == _doc) n++;
                return n;
            }
        }

        public override int NextDoc()
        {
            var docs = _docs;
            var next = NO_MORE_DOCS;
            for (var i = 0; i < docs.Length; i++)
            {
                var d = docs[i];
                if (d <= _doc) docs[i] = d = _scorers[i].NextDoc();
                if (d < next) next = d;
            }
            return _doc = next;
        }

        public override int Advance(int target)
        {
            var docs = _docs;
            var next = NO_MORE_DOCS;
            for (var i = 0; i < docs.Length; i++)
            {
                var d = docs[i];
                if (d < target) docs[i] = d = _scorers[i].Advance(target);
                if (d < next) next = d;
            }
            return _doc = next;
        }

        public override float GetScore()
        {
            var docs = _docs;
            float max = 0f, sum = 0f;
            for (var i = 0; i < docs.Length; i++)
            {
                if (docs[i] != _doc) continue;
                var sub = _scorers[i].GetScore();
                sum += sub;
                max = Math.Max(max, sub);
            }
            return Combine(max, sum, _tie);
        }

        public override long GetCost()
        {
            long cost = 0;
            foreach (var s in _scorers) cost += s.GetCost();
            return cost;
        }
    }
}
