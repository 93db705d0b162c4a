using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TipBot.Indexer.Search;

/// <summary>
/// A text's tokens after analysis (term and position increment), kept so one analysis can feed several fields:
/// a section's words are both in the whole document's body and in the section's own entry.
/// </summary>
public sealed class AnalyzedText
{
    private readonly string[] _terms;
    private readonly int[] _increments;

    private AnalyzedText(string[] terms, int[] increments)
    {
        _terms = terms;
        _increments = increments;
    }

    public static AnalyzedText Empty { get; } = new([], []);

    public int Count => _terms.Length;

    /// <summary>The terms in text order (a term repeats as often as it occurs).</summary>
    public IReadOnlyList<string> Terms => _terms;

    public static AnalyzedText Of(Analyzer analyzer, string field, string text)
    {
        if (text.Length == 0) return Empty;
        var terms = new List<string>();
        var increments = new List<int>();
        using var ts = analyzer.GetTokenStream(field, text);
        var term = ts.AddAttribute<ICharTermAttribute>();
        var posInc = ts.AddAttribute<IPositionIncrementAttribute>();
        var words = ts as CachedWordFilter;
        ts.Reset();
        while (ts.IncrementToken())
        {
            terms.Add(words is not null ? words.CurrentTerm : term.ToString());
            increments.Add(posInc.PositionIncrement);
        }
        ts.End();
        return new AnalyzedText([.. terms], [.. increments]);
    }

    /// <summary>The tokens of several texts one after the other, as if they were one text.</summary>
    public static TokenStream Replay(params AnalyzedText[] parts) => new ReplayStream(parts);

    /// <summary>Plays stored tokens back to the index writer; positions are kept, offsets are not indexed.</summary>
    /// <remarks>Reusable: <see cref="Load"/> gives it the next texts, so a bulk build makes one per field, not one per entry.</remarks>
    internal sealed class ReplayStream : TokenStream
    {
        private AnalyzedText[] _parts;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _posInc;
        private int _part;
        private int _index;

        public ReplayStream(params AnalyzedText[] parts)
        {
            _parts = parts;
            _term = AddAttribute<ICharTermAttribute>();
            _posInc = AddAttribute<IPositionIncrementAttribute>();
        }

        public ReplayStream Load(params AnalyzedText[] parts)
        {
            _parts = parts;
            _part = 0;
            _index = 0;
            return this;
        }

        public override bool IncrementToken()
        {
            while (_part < _parts.Length && _index >= _parts[_part].Count)
            {
                _part++;
                _index = 0;
            }
            if (_part >= _parts.Length) return false;
            ClearAttributes();
            var text = _parts[_part];
            _term.SetEmpty().Append(text._terms[_index]);
            _posInc.PositionIncrement = text._increments[_index];
            _index++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _part = 0;
            _index = 0;
        }
    }
}
