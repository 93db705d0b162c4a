using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Library;

/// <summary><see cref="TextLines"/> reads lines as <c>Split('\n')</c> does, and joins them as the trimmed lines joined with '\n'.</summary>
public class TextLinesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("a")]
    [InlineData("a\nb\n")]
    [InlineData("a  \n\t\n b \t\nc")]
    [InlineData("\n\n x\u00a0\n\u2003")]
    public void LinesAndJoinsMatchSplit(string text)
    {
        var expected = text.Split('\n');
        var lines = TextLines.Of(text);
        try
        {
            Assert.Equal(expected.Length, lines.Count);
            for (var k = 0; k < expected.Length; k++) Assert.Equal(expected[k], lines.Line(k).ToString());
            for (var from = 0; from <= expected.Length; from++)
            {
                for (var to = from; to <= expected.Length; to++)
                {
                    Assert.Equal(string.Join('\n', expected[from..to].Select(l => l.TrimEnd())), lines.JoinTrimmed(from, to));
                }
            }
        }
        finally
        {
            lines.Return();
        }
    }
}
