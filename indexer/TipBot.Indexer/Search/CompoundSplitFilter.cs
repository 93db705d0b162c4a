using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TipBot.Indexer.Search;

/// <summary>Keeps each token and stacks its compound parts at the same position (type "subword").</summary>
public sealed class CompoundSplitFilter : TokenFilter
{
    public const string PartType = "subword";

    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly ITypeAttribute _type;
    private readonly Queue<string> _pending = new();
    private readonly bool _forQuery;
    private readonly bool _remember;
    // A word's parts, remembered (one instance per token stream, so per thread): splitting tries every cut of a
    // long word, and a library repeats the same long words many times over.
    private readonly Dictionary<string, string[]> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private const int MaxCached = 200_000;
    private State? _state;

    /// <param name="forQuery">Also split off a known half of a compound whose other half is unknown (questions only).</param>
    /// <param name="remember">Keep each word's parts (false when the caller remembers each word's terms itself).</param>
    public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter, bool forQuery = false, bool remember = true) : base(input)
    {
        _splitter = splitter;
        _forQuery = forQuery;
        _remember = remember;
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _lookup = _parts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0 && _state is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending.Dequeue());
            _posInc.PositionIncrement = 0;
            _type.Type = PartType;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        // Shorter words are never split (either way), so they need no lookup at all.
        if (_term.Length < CompoundSplitter.MinCompound) return true;
        var parts = PartsOf(_term.Buffer.AsSpan(0, _term.Length));
        if (parts.Length > 0)
        {
            _state = CaptureState();
            foreach (var p in parts) _pending.Enqueue(p);
        }
        return true;
    }

    private string[] PartsOf(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var cached)) return cached;
        var key = word.ToString();
        var parts = (_forQuery ? _splitter.SplitForQuery(key) : _splitter.Split(key)).Distinct().ToArray();
        if (!_remember) return parts;
        if (_parts.Count >= MaxCached) _parts.Clear();
        _parts[key] = parts;
        return parts;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }
}
