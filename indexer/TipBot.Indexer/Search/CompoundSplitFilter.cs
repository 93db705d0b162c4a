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
    private State? _state;

    /// <param name="forQuery">Also split off a known half of a compound whose other half is unknown (questions only).</param>
    public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter, bool forQuery = false) : base(input)
    {
        _splitter = splitter;
        _forQuery = forQuery;
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
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
        var parts = _forQuery ? _splitter.SplitForQuery(_term.ToString()) : _splitter.Split(_term.ToString());
        if (parts.Count > 0)
        {
            _state = CaptureState();
            foreach (var p in parts.Distinct()) _pending.Enqueue(p);
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }
}
