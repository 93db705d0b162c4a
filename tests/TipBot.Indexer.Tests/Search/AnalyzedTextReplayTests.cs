using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The replayed tokens give the index writer each term's UTF-8 bytes and increment, whether the text kept its bytes from analysis or not.</summary>
public class AnalyzedTextReplayTests
{
    private static readonly DutchAnalyzer Analyzer = new(new SearchResources(new CompoundSplitter(["burger", "participatie", "wijk"]), null, null), AnalysisMode.Index);

    [Theory]
    [InlineData("Burgerparticipatie in de wijk: inwoners praten mee over het plan van de wijkraad.")]
    [InlineData("Ελληνικά en 日本語 naast café, naïeve coöperatie en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.")]
    [InlineData("de het een")]
    public void ReplayGivesEachTermsUtf8Bytes(string text)
    {
        var withBytes = AnalyzedText.Of(Analyzer, IndexFields.Body, text, withBytes: true);
        var without = AnalyzedText.Of(Analyzer, IndexFields.Body, text, withBytes: false);
        Assert.Equal(without.Terms, withBytes.Terms);

        // Two parts in one stream, as a document's body replays its sections one after the other.
        var expected = without.Terms.Concat(without.Terms).Select(t => Convert.ToHexString(new BytesRef(t).Bytes, 0, new BytesRef(t).Length)).ToList();
        Assert.Equal(expected, Replayed(withBytes, without).Terms);
        Assert.Equal(expected, Replayed(without, withBytes).Terms);
        Assert.Equal(Replayed(without, without).Increments, Replayed(withBytes, withBytes).Increments);
    }

    [Fact]
    public void TextWithNonAsciiTermsKeepsThem()
    {
        var text = AnalyzedText.Of(Analyzer, IndexFields.Body, "日本語 en Ελληνικά", withBytes: true);

        Assert.Contains(text.Terms, t => t.Any(c => c > 127));
    }

    private static (List<string> Terms, List<int> Increments) Replayed(params AnalyzedText[] parts)
    {
        var stream = new AnalyzedText.ReplayStream(parts);
        var term = stream.GetAttribute<ITermToBytesRefAttribute>();
        var increment = stream.GetAttribute<IPositionIncrementAttribute>();
        var terms = new List<string>();
        var increments = new List<int>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            term.FillBytesRef();
            terms.Add(Convert.ToHexString(term.BytesRef.Bytes, term.BytesRef.Offset, term.BytesRef.Length));
            increments.Add(increment.PositionIncrement);
        }
        return (terms, increments);
    }
}
