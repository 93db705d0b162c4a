using System.Numerics;

namespace TipBot.Indexer.Search;

/// <summary>The postings of one window of <see cref="TermScoreBlocks.BlockSize"/> doc ids, read leaf by leaf and kept per document: each one's leaf and score.</summary>
/// <remarks>
/// <see cref="TopDocsMaxScore"/> found each next document by looking at every essential leaf's current one, so a visit
/// cost as many checks as there were essential leaves (40 and more for a misspelt word's near terms). Read into a
/// window's table first, a visit costs only its own postings, as in Lucene's bucket-table boolean scorer.
/// </remarks>
internal sealed class WindowPostings
{
    private const int Words = TermScoreBlocks.BlockSize / 64;

    // Per document in the window: its last posting (valid where its bit is set); per posting: the one before on the same document.
    private readonly int[] _head = new int[TermScoreBlocks.BlockSize];
    private readonly ulong[] _present = new ulong[Words];
    // Per document in the window: its postings' scores added up (valid where its bit is set).
    private readonly double[] _sum = new double[TermScoreBlocks.BlockSize];
    private int[] _next = new int[256];
    private int[] _leaf = new int[256];
    private float[] _score = new float[256];
    private int _count;

    /// <summary>Empties the table for the next window.</summary>
    public void Clear()
    {
        if (_count == 0) return;
        Array.Clear(_present);
        _count = 0;
    }

    /// <summary>Adds leaf <paramref name="leaf"/>'s posting on document <paramref name="local"/> (its place in the window) with its score.</summary>
    public void Add(int local, int leaf, float score)
    {
        if (_count == _leaf.Length)
        {
            Array.Resize(ref _next, _count * 2);
            Array.Resize(ref _leaf, _count * 2);
            Array.Resize(ref _score, _count * 2);
        }
        ref var word = ref _present[local >> 6];
        var bit = 1UL << local;
        // A score below 0 would lower the sum below what the document can gain (BM25 has none; kept out all the same).
        var gain = Math.Max(score, 0f);
        if ((word & bit) != 0)
        {
            _next[_count] = _head[local];
            _sum[local] += gain;
        }
        else
        {
            _next[_count] = -1;
            _sum[local] = gain;
        }
        word |= bit;
        _head[local] = _count;
        _leaf[_count] = leaf;
        _score[_count] = score;
        _count++;
    }

    /// <summary>What document <paramref name="local"/>'s postings in the window score added up.</summary>
    public double Sum(int local) => _sum[local];

    /// <summary>The first document in the window at or after <paramref name="local"/> with a posting, or -1.</summary>
    public int NextDocument(int local)
    {
        for (var w = local >> 6; w < Words; w++)
        {
            var bits = _present[w];
            if (w == local >> 6) bits &= ulong.MaxValue << (local & 63);
            if (bits != 0) return (w << 6) + BitOperations.TrailingZeroCount(bits);
        }
        return -1;
    }

    /// <summary>Puts document <paramref name="local"/>'s leaves into <paramref name="hits"/> and their scores into <paramref name="scores"/> (by leaf).</summary>
    public void Read(int local, List<int> hits, float[] scores)
    {
        hits.Clear();
        for (var p = _head[local]; p >= 0; p = _next[p])
        {
            hits.Add(_leaf[p]);
            scores[_leaf[p]] = _score[p];
        }
    }
}
