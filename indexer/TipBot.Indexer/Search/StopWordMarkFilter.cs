using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// The question side's stop-word step, in two halves around the English list: this one drops a stop word, unless the
/// list's phrases are written with it ("fill in", "buy-in", "point of contact"): that one is marked and let through,
/// so the phrase is matched as the question types it, and <see cref="MarkedStopWordFilter"/> drops it after the list.
/// A stop word let through is read as written, not stemmed (the Dutch stem of "laten" is that of the English key
/// "late"); the list's keys are read the same way.
/// </summary>
public sealed class StopWordMarkFilter : FilteringTokenFilter
{
    /// <summary>The bit of the token's flags that says "a stop word".</summary>
    public const int StopWordFlag = 1 << 8;

    private readonly CharArraySet? _kept;
    private readonly ICharTermAttribute _term;
    private readonly IFlagsAttribute _flags;
    private readonly IKeywordAttribute _keyword;

    /// <param name="kept">The stop words to let through; null: all of them (how the list's own keys are read).</param>
    public StopWordMarkFilter(TokenStream input, CharArraySet? kept) : base(DutchAnalyzer.Version, input)
    {
        _kept = kept;
        _term = AddAttribute<ICharTermAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    protected override bool Accept()
    {
        if (!DutchStopWords.Surface.Contains(_term.Buffer, 0, _term.Length)) return true;
        if (_kept is not null && !_kept.Contains(_term.Buffer, 0, _term.Length)) return false;
        _flags.Flags |= StopWordFlag;
        _keyword.IsKeyword = true;
        return true;
    }
}
