using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TipBot.Indexer.Search;

/// <summary>Drops a trailing apostrophe (s): "collega's" and "persona's" are plurals of "collega" and "persona", "B's" of "B".</summary>
public sealed class PossessiveFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public PossessiveFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var len = _term.Length;
        var buffer = _term.Buffer;
        if (len > 2 && buffer[len - 2] is '\'' or '\u2019' && buffer[len - 1] == 's') _term.Length = len - 2;
        else if (len > 1 && buffer[len - 1] is '\'' or '\u2019') _term.Length = len - 1;
        return true;
    }
}
