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
    private readonly Dictionary<string, WordTokens> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordTokens>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private WordTokens? _current;
    private int _next;
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
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The term of the current token as a string shared by all its occurrences (no copy per token).</summary>
    public string CurrentTerm => _current!.Terms[_next - 1];

    public override bool IncrementToken()
    {
        // The remaining tokens of the current word (compound parts) keep its offsets and type attribute state.
        if (_current is not null && _next < _current.Terms.Length)
        {
            Emit(_current, _next++, 0);
            return true;
        }
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (!_lookup.TryGetValue(word, out var tokens)) tokens = Analyse(word.ToString());
            var increment = _posInc.PositionIncrement + _skipped;
            if (tokens.Terms.Length == 0)
            {
                _skipped = increment;
                continue;
            }
            _skipped = 0;
            _current = tokens;
            _next = 1;
            // The first token's increment counted 1 for the word itself; the word's real increment replaces it.
            Emit(tokens, 0, increment - 1);
            return true;
        }
        return false;
    }

    private void Emit(WordTokens tokens, int index, int extraIncrement)
    {
        _term.SetEmpty().Append(tokens.Terms[index]);
        _posInc.PositionIncrement = tokens.Increments[index] + extraIncrement;
        if (tokens.Types[index] is { } type) _type.Type = type;
    }

    private WordTokens Analyse(string word)
    {
        var terms = new List<string>(2);
        var increments = new List<int>(2);
        var types = new List<string?>(2);
        _word.Load(word);
        _steps.Reset();
        while (_steps.IncrementToken())
        {
            terms.Add(_stepTerm.ToString());
            increments.Add(_stepPosInc.PositionIncrement);
            // Only a type the steps set is replayed; the word's own (from the tokenizer) stays as it is.
            types.Add(_stepType.Type == WordSource.Type ? null : _stepType.Type);
        }
        _steps.End();
        var tokens = new WordTokens([.. terms], [.. increments], [.. types]);
        if (_cache.Count >= MaxCached) _cache.Clear();
        _cache[word] = tokens;
        return tokens;
    }

    public override void Reset()
    {
        base.Reset();
        _current = null;
        _next = 0;
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

    private sealed record WordTokens(string[] Terms, int[] Increments, string?[] Types);

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
