using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TipBot.Indexer.Search;

/// <summary>
/// Runs the per-word steps of an analysis chain (compound parts, possessive, stemming, stop words) once per distinct
/// word and replays their tokens for every later occurrence: a library repeats a few tens of thousands of words
/// millions of times, and each step looked the word up in its own table on every occurrence.
/// </summary>
/// <remarks>
/// Exact for steps that look at one token at a time, plus a stop filter: a dropped token's position increment moves
/// to the next token that is kept, here as it does there (across words too). Offsets and the word's type stay as the
/// tokenizer set them, as the steps leave them; a compound part gets <see cref="CompoundSplitFilter.PartType"/>.
/// One instance per token stream, so per analysing thread: the cache needs no lock.
/// </remarks>
internal sealed class CachedWordFilter : TokenFilter
{
    // Far above a library's vocabulary; only a pathological text (every token new) reaches it.
    private const int MaxCached = 200_000;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly ITypeAttribute _type;
    private readonly WordSource _word;
    private readonly TokenStream _steps;
    private readonly ICharTermAttribute _stepTerm;
    private readonly IPositionIncrementAttribute _stepPosInc;
    private readonly ITypeAttribute _stepType;
    private readonly WordTokenTable _cache = new();
    private readonly List<string> _stepTerms = new(2);
    private readonly List<int> _stepIncrements = new(2);
    private readonly List<string?> _stepTypes = new(2);
    // The current word's tokens in the table: [_next, _end) are still to come; _next - 1 is the current token.
    private int _next;
    private int _end;
    private int _skipped;

    /// <param name="steps">Builds the per-word steps over the token stream it is given.</param>
    public CachedWordFilter(TokenStream input, Func<TokenStream, TokenStream> steps) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _word = new WordSource();
        _steps = steps(_word);
        _stepTerm = _steps.AddAttribute<ICharTermAttribute>();
        _stepPosInc = _steps.AddAttribute<IPositionIncrementAttribute>();
        _stepType = _steps.AddAttribute<ITypeAttribute>();
    }

    /// <summary>The term of the current token as a string shared by all its occurrences (no copy per token).</summary>
    public string CurrentTerm => _cache.TokenAt(_next - 1).Term;

    /// <summary>The current token's term as UTF-8, encoded once per distinct word.</summary>
    public ReadOnlySpan<byte> CurrentUtf8
    {
        get
        {
            ref readonly var token = ref _cache.TokenAt(_next - 1);
            return _cache.Utf8.AsSpan(token.Utf8Start, token.Utf8Length);
        }
    }

    public override bool IncrementToken()
    {
        // The remaining tokens of the current word (compound parts) keep its offsets and type attribute state.
        if (_next < _end)
        {
            Emit(_next++, 0);
            return true;
        }
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (!_cache.TryGet(word, out var first, out var count)) (first, count) = Analyse(word);
            var increment = _posInc.PositionIncrement + _skipped;
            if (count == 0)
            {
                _skipped = increment;
                continue;
            }
            _skipped = 0;
            _next = first + 1;
            _end = first + count;
            // The first token's increment counted 1 for the word itself; the word's real increment replaces it.
            Emit(first, increment - 1);
            return true;
        }
        return false;
    }

    private void Emit(int index, int extraIncrement)
    {
        ref readonly var token = ref _cache.TokenAt(index);
        _term.CopyBuffer(_cache.Chars, token.TermStart, token.TermLength);
        _posInc.PositionIncrement = token.Increment + extraIncrement;
        if (token.Type is { } type) _type.Type = type;
    }

    private (int First, int Count) Analyse(ReadOnlySpan<char> word)
    {
        _stepTerms.Clear();
        _stepIncrements.Clear();
        _stepTypes.Clear();
        _word.Load(word.ToString());
        _steps.Reset();
        while (_steps.IncrementToken())
        {
            _stepTerms.Add(_stepTerm.ToString());
            _stepIncrements.Add(_stepPosInc.PositionIncrement);
            // Only a type the steps set is replayed; the word's own (from the tokenizer) stays as it is.
            _stepTypes.Add(_stepType.Type == WordSource.Type ? null : _stepType.Type);
        }
        _steps.End();
        if (_cache.Count >= MaxCached) _cache.Clear();
        return (_cache.Add(word, _stepTerms, _stepIncrements, _stepTypes), _stepTerms.Count);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        _end = 0;
        _skipped = 0;
    }

    public override void End()
    {
        base.End();
        // As a stop filter does: positions of dropped words at the end still count.
        _posInc.PositionIncrement += _skipped;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _steps.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>One word as a token stream of one token, fed to the steps.</summary>
    private sealed class WordSource : TokenStream
    {
        public const string Type = "word";

        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _posInc;
        private readonly ITypeAttribute _type;
        private string _word = "";
        private bool _done;

        public WordSource()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _posInc = AddAttribute<IPositionIncrementAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }

        public void Load(string word)
        {
            _word = word;
            _done = false;
        }

        public override bool IncrementToken()
        {
            if (_done) return false;
            _done = true;
            ClearAttributes();
            _term.SetEmpty().Append(_word);
            _posInc.PositionIncrement = 1;
            _type.Type = Type;
            return true;
        }
    }
}
