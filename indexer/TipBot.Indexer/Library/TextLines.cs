using System.Buffers;

namespace TipBot.Indexer.Library;

/// <summary>
/// A text's '\n'-separated lines found in place (where each starts), so a body is read line by line without a string
/// per line. Holds a pooled array: call <see cref="Return"/> when done.
/// </summary>
internal readonly struct TextLines
{
    private readonly string text;
    // starts[k] is where line k starts; starts[Count] is one past the text, so line k ends at starts[k + 1] - 1.
    private readonly int[] starts;

    private TextLines(string text, int[] starts, int count)
    {
        this.text = text;
        this.starts = starts;
        Count = count;
    }

    /// <summary>The number of lines, as <c>text.Split('\n').Length</c> counts them.</summary>
    public int Count { get; }

    public static TextLines Of(string text)
    {
        var count = text.AsSpan().Count('\n') + 1;
        var starts = ArrayPool<int>.Shared.Rent(count + 1);
        var line = 0;
        starts[0] = 0;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) starts[++line] = at + 1;
        starts[count] = text.Length + 1;
        return new TextLines(text, starts, count);
    }

    /// <summary>Line <paramref name="index"/> without its '\n'.</summary>
    public ReadOnlySpan<char> Line(int index) => text.AsSpan(starts[index], starts[index + 1] - 1 - starts[index]);

    /// <summary>Lines <paramref name="from"/> to <paramref name="to"/> (exclusive), each without trailing white space, joined with '\n'.</summary>
    /// <remarks>When no line has trailing white space this is the text's own range, taken as one substring.</remarks>
    public string JoinTrimmed(int from, int to)
    {
        if (from >= to) return "";
        var length = to - from - 1;
        for (var k = from; k < to; k++) length += Line(k).TrimEnd().Length;
        var rangeLength = starts[to] - 1 - starts[from];
        if (length == rangeLength) return text.Substring(starts[from], length);

        return string.Create(length, (Lines: this, From: from, To: to), static (target, state) =>
        {
            var at = 0;
            for (var k = state.From; k < state.To; k++)
            {
                if (k > state.From) target[at++] = '\n';
                var line = state.Lines.Line(k).TrimEnd();
                line.CopyTo(target[at..]);
                at += line.Length;
            }
        });
    }

    /// <summary>Gives the line table back to the pool; the lines must not be read afterwards.</summary>
    public void Return() => ArrayPool<int>.Shared.Return(starts);
}
