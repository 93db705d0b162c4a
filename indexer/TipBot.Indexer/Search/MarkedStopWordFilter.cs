using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// Drops the question's stop words that <see cref="StopWordMarkFilter"/> marked, after the English list has read them.
/// The list's Dutch words stay: each carries the mark of the word it replaced ("in time" => "vroeg"), but it is the topic.
/// </summary>
public sealed class MarkedStopWordFilter : FilteringTokenFilter
{
    private readonly IFlagsAttribute _flags;
    private readonly ITypeAttribute _type;

    public MarkedStopWordFilter(TokenStream input) : base(DutchAnalyzer.Version, input)
    {
        _flags = AddAttribute<IFlagsAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    protected override bool Accept() =>
        (_flags.Flags & StopWordMarkFilter.StopWordFlag) == 0 || _type.Type == SynonymFilter.TYPE_SYNONYM;
}
