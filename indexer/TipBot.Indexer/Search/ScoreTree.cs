using System.Runtime.CompilerServices;
using Lucene.Net.Search;

namespace TipBot.Indexer.Search;

/// <summary>
/// A rewritten query of optional boolean and ordered disjunction-max nodes over term and phrase leaves, flattened so
/// a document's score can be computed from its leaves' scores exactly as Lucene's scorers combine them, or bounded
/// from the leaves' bounds (<see cref="TopDocsMaxScore"/>). Null from <see cref="Of"/> when the tree holds anything else.
/// </summary>
/// <remarks>
/// Each leaf gets its own weight, normalised with the product of its ancestors' boosts multiplied top-down in floats,
/// as the whole query's weight passes it down; its scores are then the same floats its scorer gives inside the whole
/// query. An ordered disjunction-max adds its matching clauses' floats in clause order and takes
/// <c>max + (sum - max) * tie</c> (<see cref="OrderedDisjunctionMaxQuery"/>); a boolean query of optional clauses adds
/// them in a double and casts to float (Lucene's disjunction scorer, its coordination factor 1 under BM25 or when
/// disabled), in heap order there and clause order here, which give the same double when the sum is exact: it is when
/// below 2^29 times its smallest positive term (all terms then share that term's last float bit and fit 53 bits).
/// </remarks>
internal sealed class ScoreTree
{
    private const double ExactSumRatio = 1 << 29;
    // Lucene computes in floats, each step rounding by half a unit in the last place at most; a looser bound only
    // costs a little skipping.
    private const double Margin = 1 + 1e-4;

    private readonly bool[] _isMax;
    private readonly float[] _tie;
    private readonly int[][] _children; // node -> its children (nodes), in clause order; a leaf has none
    // The same children in one array, node n's from _firstChild[n] up to _firstChild[n + 1]: the passes over every node
    // (one per window the document query reads) walk them without an array per node.
    private readonly int[] _firstChild;
    private readonly int[] _childList;
    private readonly int[] _leafOf;     // node -> leaf index, or -1
    private readonly int[] _nodeOf;     // leaf index -> node
    private readonly int[] _parent;     // node -> parent, -1 at the root (the last node)
    private readonly double[] _bound;
    private readonly double[] _baseline;
    // Per node, its children's baseline values added up and their largest.
    private readonly double[] _baselineSum;
    private readonly double[] _baselineMax;
    // Per node above the leaves of the document at hand (marked with the current epoch): its value, children's sum and largest.
    private readonly double[] _value;
    private readonly double[] _sum;
    private readonly double[] _max;
    private readonly int[] _mark;
    private int _epoch;
    // Whether every disjunction-max's tie is within [0, 1]: a node then gains at most what its children gain.
    private readonly bool _gainsBounded;

    private ScoreTree(List<Node> nodes, List<Leaf> leaves)
    {
        _isMax = [.. nodes.Select(n => n.IsMax)];
        _tie = [.. nodes.Select(n => n.Tie)];
        _children = [.. nodes.Select(n => n.Children.ToArray())];
        _firstChild = new int[nodes.Count + 1];
        for (var n = 0; n < nodes.Count; n++) _firstChild[n + 1] = _firstChild[n] + _children[n].Length;
        _childList = [.. _children.SelectMany(c => c)];
        _leafOf = [.. nodes.Select(n => n.Leaf)];
        _nodeOf = new int[leaves.Count];
        _parent = new int[nodes.Count];
        Array.Fill(_parent, -1);
        for (var n = 0; n < nodes.Count; n++)
        {
            if (_leafOf[n] >= 0) _nodeOf[_leafOf[n]] = n;
            foreach (var c in _children[n]) _parent[c] = n;
        }
        Leaves = leaves;
        _bound = new double[nodes.Count];
        _baseline = new double[nodes.Count];
        _baselineSum = new double[nodes.Count];
        _baselineMax = new double[nodes.Count];
        _value = new double[nodes.Count];
        _sum = new double[nodes.Count];
        _max = new double[nodes.Count];
        _mark = new int[nodes.Count];
        _gainsBounded = _tie.All(t => t is >= 0f and <= 1f);
    }

    /// <summary>A term or phrase of the query: its normalised weight and the most it scores any document.</summary>
    /// <param name="Scale">Its boosts (and the rounding margin): a score at boost 1 times this bounds its score.</param>
    /// <param name="Blocks">A term's highest scores per block at boost 1, when known.</param>
    public sealed record Leaf(Weight Weight, double Bound, double Scale = 1, TermScoreBlocks? Blocks = null);

    public IReadOnlyList<Leaf> Leaves { get; }

    private sealed record Node(bool IsMax, float Tie, List<int> Children, int Leaf);

    /// <summary>The tree of a rewritten top-level boolean query; null when some node is not an optional boolean, ordered disjunction-max, term or phrase.</summary>
    /// <param name="bounds">
    /// Whether its term leaves get their bounds (<see cref="TermMaxScores"/>, which reads an unknown term's maxima in the
    /// background); without, a term leaf's bound is infinite and the tree only scores (<see cref="Score"/>).
    /// </param>
    public static ScoreTree? Of(Query rewritten, IndexSearcher searcher, float k1, bool bounds = true)
    {
        var nodes = new List<Node>();
        var leaves = new List<Leaf>();
        var terms = TermMaxScores.Of(searcher);
        return Add(rewritten, 1f) < 0 ? null : new ScoreTree(nodes, leaves);

        // Children before parents (post-order), so one pass in node order combines each node's finished children.
        int Add(Query q, float topLevelBoost)
        {
            switch (q)
            {
                case BooleanQuery b:
                {
                    if (b.MinimumNumberShouldMatch != 0 || b.Clauses.Any(c => c.Occur != Occur.SHOULD)) return -1;
                    var children = new List<int>();
                    foreach (var c in b.Clauses)
                    {
                        var child = Add(c.Query, topLevelBoost * b.Boost);
                        if (child < 0) return -1;
                        children.Add(child);
                    }
                    nodes.Add(new Node(false, 0f, children, -1));
                    return nodes.Count - 1;
                }
                case OrderedDisjunctionMaxQuery d:
                {
                    var children = new List<int>();
                    foreach (var disjunct in d.Disjuncts)
                    {
                        var child = Add(disjunct, topLevelBoost * d.Boost);
                        if (child < 0) return -1;
                        children.Add(child);
                    }
                    nodes.Add(new Node(true, d.TieBreakerMultiplier, children, -1));
                    return nodes.Count - 1;
                }
                case PooledTermQuery or TermQuery or PhraseQuery:
                {
                    Weight weight;
                    double unboosted;
                    TermScoreBlocks? blocks = null;
                    if (q is PhraseQuery p)
                    {
                        (weight, unboosted) = PhraseWeights.Of(searcher).Get(p, searcher, topLevelBoost, k1);
                    }
                    else
                    {
                        weight = q.CreateWeight(searcher);
                        // BM25 leaves ignore the query norm; the top-level boost is what scales them.
                        weight.Normalize(1f, topLevelBoost);
                        unboosted = !bounds ? double.PositiveInfinity
                            : q is PooledTermQuery t ? terms.Bound(t.Term, t.States, out blocks) : (blocks = terms.Blocks(((TermQuery)q).Term)).Max;
                    }
                    var scale = q.Boost * topLevelBoost * Margin;
                    leaves.Add(new Leaf(weight, unboosted * scale, scale, blocks));
                    nodes.Add(new Node(false, 0f, [], leaves.Count - 1));
                    return nodes.Count - 1;
                }
                default:
                    return -1;
            }
        }
    }

    /// <summary>
    /// A looser bound than <see cref="Bound(ReadOnlySpan{int}, float[])"/> from the sum of the scores of leaves that are
    /// 0 in the baseline: no node gains more than its children gain, so the root at most the baseline's plus that sum.
    /// Infinite when a tie outside [0, 1] breaks that.
    /// </summary>
    public double LooseBound(double gain) => _gainsBounded ? (_baseline[^1] + gain) * Margin : double.PositiveInfinity;

    /// <summary>The most a document can score given a value per leaf (its score, its bound, or 0), every node worked out.</summary>
    public double Bound(double[] value)
    {
        Dense(value, _bound);
        return _bound[^1];
    }

    /// <summary>Keeps every node's bound for leaf values where the leaves a document is checked against are 0 (<see cref="Bound(ReadOnlySpan{int}, float[])"/>).</summary>
    public void SetBaseline(double[] value)
    {
        var (leafOf, firstChild, childList) = (_leafOf, _firstChild, _childList);
        var (baseline, baselineSum, baselineMax) = (_baseline, _baselineSum, _baselineMax);
        for (var n = 0; n < baseline.Length; n++)
        {
            var leaf = leafOf[n];
            if (leaf >= 0)
            {
                baseline[n] = value[leaf];
                baselineSum[n] = 0;
                baselineMax[n] = 0;
                continue;
            }
            double max = 0, sum = 0;
            for (var k = firstChild[n]; k < firstChild[n + 1]; k++)
            {
                var v = baseline[childList[k]];
                sum += v;
                if (v > max) max = v;
            }
            baselineSum[n] = sum;
            baselineMax[n] = max;
            baseline[n] = Of(n, max, sum);
        }
    }

    /// <summary>
    /// <see cref="Bound(double[])"/> of <paramref name="value"/> and <see cref="SetBaseline"/> of <paramref name="baseline"/>
    /// in one pass over the nodes (the document query asks both for every window it reads).
    /// </summary>
    public double BoundAndBaseline(double[] value, double[] baseline)
    {
        var (leafOf, firstChild, childList) = (_leafOf, _firstChild, _childList);
        var (bound, nodeBaseline, baselineSum, baselineMax) = (_bound, _baseline, _baselineSum, _baselineMax);
        for (var n = 0; n < bound.Length; n++)
        {
            var leaf = leafOf[n];
            if (leaf >= 0)
            {
                bound[n] = value[leaf];
                nodeBaseline[n] = baseline[leaf];
                baselineSum[n] = 0;
                baselineMax[n] = 0;
                continue;
            }
            double max = 0, sum = 0, baseMax = 0, baseSum = 0;
            for (var k = firstChild[n]; k < firstChild[n + 1]; k++)
            {
                var c = childList[k];
                var v = bound[c];
                sum += v;
                if (v > max) max = v;
                var w = nodeBaseline[c];
                baseSum += w;
                if (w > baseMax) baseMax = w;
            }
            baselineSum[n] = baseSum;
            baselineMax[n] = baseMax;
            bound[n] = Of(n, max, sum);
            nodeBaseline[n] = Of(n, baseMax, baseSum);
        }
        return bound[^1];
    }

    private void Dense(double[] value, double[] bound)
    {
        for (var n = 0; n < bound.Length; n++)
        {
            var leaf = _leafOf[n];
            bound[n] = leaf >= 0 ? value[leaf] : Combine(n, bound);
        }
    }

    /// <summary>
    /// The most a document can score whose leaves <paramref name="hits"/> score <paramref name="leafScore"/>, the
    /// others taking their baseline values, where those leaves are 0: each leaf's score is carried up its path alone.
    /// </summary>
    /// <remarks>
    /// A node's value only grows with its children's (a sum, or the largest plus a share of the rest), and a leaf's
    /// score is at least its baseline 0, so a node's largest child is the larger of its baseline largest and the new
    /// values, and its sum the baseline sum plus what its children gained.
    /// </remarks>
    public double Bound(ReadOnlySpan<int> hits, float[] leafScore)
    {
        var epoch = ++_epoch;
        var root = _bound.Length - 1;
        foreach (var leaf in hits)
        {
            var n = _nodeOf[leaf];
            double before = _baseline[n], after = leafScore[leaf];
            if (n == root) return after * Margin;
            for (var p = _parent[n]; p >= 0; p = _parent[p])
            {
                if (_mark[p] != epoch)
                {
                    _mark[p] = epoch;
                    _value[p] = _baseline[p];
                    _sum[p] = _baselineSum[p];
                    _max[p] = _baselineMax[p];
                }
                _sum[p] += after - before;
                if (after > _max[p]) _max[p] = after;
                before = _value[p];
                after = Of(p, _max[p], _sum[p]);
                _value[p] = after;
            }
        }
        // Lucene combines the scores in floats, which can round above this sum of the same scores in doubles.
        return (_mark[root] == epoch ? _value[root] : _baseline[root]) * Margin;
    }

    // A node's bound from its children's (every node worked out, children first).
    private double Combine(int n, double[] current)
    {
        double max = 0, sum = 0;
        for (var k = _firstChild[n]; k < _firstChild[n + 1]; k++)
        {
            var v = current[_childList[k]];
            sum += v;
            if (v > max) max = v;
        }
        return Of(n, max, sum);
    }

    // Node n's value from its children's largest value and sum: the sum, or the largest plus the tie share of the rest.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Of(int n, double max, double sum) => _isMax[n] ? max + _tie[n] * (sum - max) : sum;

    // Marks the leaves' nodes and every node above them with a new epoch.
    private void Mark(ReadOnlySpan<int> leaves)
    {
        var epoch = ++_epoch;
        for (var i = 0; i < leaves.Length; i++)
        {
            for (var n = _nodeOf[leaves[i]]; n >= 0 && _mark[n] != epoch; n = _parent[n]) _mark[n] = epoch;
        }
    }

    /// <summary>
    /// The score of a document matched by exactly the leaves <paramref name="hits"/>, with their scores, as Lucene
    /// computes it; NaN when a boolean sum was not exact or a score was negative, and Lucene's order could differ.
    /// </summary>
    public float Score(ReadOnlySpan<int> hits, float[] leafScore)
    {
        Mark(hits);
        var root = _bound.Length - 1;
        return _mark[root] == _epoch ? MarkedScore(root, leafScore) : 0f;
    }

    private float MarkedScore(int n, float[] leafScore)
    {
        var leaf = _leafOf[n];
        if (leaf >= 0) return leafScore[leaf];
        if (_isMax[n])
        {
            float max = 0f, sum = 0f;
            foreach (var c in _children[n])
            {
                if (_mark[c] != _epoch) continue;
                var v = MarkedScore(c, leafScore);
                if (float.IsNaN(v)) return v;
                sum += v;
                max = Math.Max(max, v);
            }
            return OrderedDisjunctionMaxQuery.Combine(max, sum, _tie[n]);
        }
        var total = 0.0;
        var least = float.PositiveInfinity;
        foreach (var c in _children[n])
        {
            if (_mark[c] != _epoch) continue;
            var v = MarkedScore(c, leafScore);
            if (!(v >= 0) || float.IsPositiveInfinity(v)) return float.NaN;
            total += v;
            if (v > 0 && v < least) least = v;
        }
        if (least != float.PositiveInfinity && !(total < least * ExactSumRatio)) return float.NaN;
        return (float)total;
    }
}
