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
/// <see cref="ReplayWords"/> goes one step further for a text of Latin letters: the words are cut by
/// <see cref="LatinWordBreaks"/> and each distinct word as written is looked up, so the tokenizer and the per-character
/// steps before this filter (case, accents) run once per word as written instead of once per occurrence.
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
    // Words as written (case and accents as in the text) with their tokens: ReplayWords' table.
    private readonly WordTokenTable _written = new();
    private readonly WordSource _writtenWord = new();
    private readonly TokenStream _normalise;
    private readonly ICharTermAttribute _normalisedTerm;
    private readonly List<string> _stepTerms = new(2);
    private readonly List<int> _stepIncrements = new(2);
    private readonly List<string?> _stepTypes = new(2);
    // The current word's tokens in the table: [_next, _end) are still to come; _next - 1 is the current token.
    private int _next;
    private int _end;
    private int _skipped;

    /// <param name="steps">Builds the per-word steps over the token stream it is given.</param>
    /// <param name="normalise">Builds the per-character steps between the tokenizer and this filter (case, accents) over the token stream it is given.</param>
    public CachedWordFilter(TokenStream input, Func<TokenStream, TokenStream> steps, Func<TokenStream, TokenStream> normalise) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _word = new WordSource();
        _steps = steps(_word);
        _stepTerm = _steps.AddAttribute<ICharTermAttribute>();
        _stepPosInc = _steps.AddAttribute<IPositionIncrementAttribute>();
        _stepType = _steps.AddAttribute<ITypeAttribute>();
        _normalise = normalise(_writtenWord);
        _normalisedTerm = _normalise.AddAttribute<ICharTermAttribute>();
    }

    /// <summary>Receives the tokens of a text from <see cref="ReplayWords"/>: each term (as a string and as UTF-8) and its position increment.</summary>
    public interface ITokenSink
    {
        void Token(string term, ReadOnlySpan<byte> utf8, int increment);
    }

    /// <summary>
    /// Hands <paramref name="sink"/> the terms and position increments this stream gives <paramref name="text"/> (between
    /// <c>Reset</c> and <c>End</c> on it), in order; only for a text that <see cref="LatinWordBreaks.Handles"/>.
    /// </summary>
    /// <remarks>
    /// The scan finds the tokenizer's words (every one with an increment of 1: the tokenizer skips no word of such a text),
    /// and every step after the tokenizer looks at one word at a time, so a word's tokens depend on its characters alone;
    /// a dropped word's position moves to the next kept word, as <see cref="IncrementToken"/> moves it.
    /// </remarks>
    public void ReplayWords<TSink>(string text, ref TSink sink) where TSink : struct, ITokenSink
    {
        var words = new WrittenWords<TSink>(this, text, ref sink);
        LatinWordBreaks.Words(text, ref words);
    }

    /// <summary>The tokens of <paramref name="word"/> as written: found in <see cref="_written"/>, or made once from its normalised form's.</summary>
    private (int First, int Count) Written(ReadOnlySpan<char> word)
    {
        if (_written.TryGet(word, out var first, out var count)) return (first, count);
        _writtenWord.Load(word.ToString());
        _normalise.Reset();
        if (!_normalise.IncrementToken()) throw new InvalidOperationException("the per-character steps dropped a word");
        var normalised = _normalisedTerm.Buffer.AsSpan(0, _normalisedTerm.Length);
        if (!_cache.TryGet(normalised, out first, out count)) (first, count) = Analyse(normalised);
        if (_normalise.IncrementToken()) throw new InvalidOperationException("the per-character steps split a word");
        _normalise.End();
        _stepTerms.Clear();
        _stepIncrements.Clear();
        _stepTypes.Clear();
        for (var k = 0; k < count; k++)
        {
            ref readonly var token = ref _cache.TokenAt(first + k);
            _stepTerms.Add(token.Term);
            _stepIncrements.Add(token.Increment);
            _stepTypes.Add(token.Type);
        }
        if (_written.Count >= MaxCached) _written.Clear();
        return (_written.Add(word, _stepTerms, _stepIncrements, _stepTypes), count);
    }

    /// <summary>The words <see cref="LatinWordBreaks"/> finds, each handed on as its tokens.</summary>
    private ref struct WrittenWords<TSink> : LatinWordBreaks.IWordSink where TSink : struct, ITokenSink
    {
        private readonly CachedWordFilter _filter;
        private readonly string _text;
        private ref TSink _sink;
        private int _skipped;

        public WrittenWords(CachedWordFilter filter, string text, ref TSink sink)
        {
            _filter = filter;
            _text = text;
            _sink = ref sink;
        }

        public readonly bool Done => false;

        public void Word(int start, int end)
        {
            var (first, count) = _filter.Written(_text.AsSpan(start, end - start));
            var increment = 1 + _skipped;
            if (count == 0)
            {
                _skipped = increment;
                return;
            }
            _skipped = 0;
            var table = _filter._written;
            for (var k = 0; k < count; k++)
            {
                ref readonly var token = ref table.TokenAt(first + k);
                // As IncrementToken: the word's own increment replaces the 1 its first token counted for it.
                _sink.Token(token.Term, table.Utf8.AsSpan(token.Utf8Start, token.Utf8Length), k == 0 ? token.Increment + increment - 1 : token.Increment);
            }
        }
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
        if (disposing)
        {
            _steps.Dispose();
            _normalise.Dispose();
        }
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
