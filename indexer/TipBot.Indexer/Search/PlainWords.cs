using System.Globalization;
using System.Text;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// Every document's words as written (lower-cased, accents dropped), function words included: what the engine's analysis
/// drops is still here, for a second reading of the candidates only.
/// </summary>
internal sealed class PlainWords
{
    private const int Break = -1;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<int[]> _words = [];
    private readonly List<int> _df = [];
    private readonly Dictionary<long, int> _pairDf = [];
    private readonly double _averageLength;

    public PlainWords(IReadOnlyList<KnowledgeDocument> documents)
    {
        var total = 0L;
        var seen = new HashSet<int>();
        var pairs = new HashSet<long>();
        foreach (var d in documents)
        {
            if (_index.ContainsKey(d.Id)) continue;
            var words = new List<int>();
            foreach (var text in new[] { d.Title, d.Summary, string.Join(" . ", d.Tags), IndexBuilder.BodyText(d) })
            {
                foreach (var w in Words(text)) words.Add(w is null ? Break : Id(w));
                words.Add(Break);
            }
            var array = words.ToArray();
            _index[d.Id] = _words.Count;
            _words.Add(array);
            seen.Clear();
            pairs.Clear();
            for (var i = 0; i < array.Length; i++)
            {
                if (array[i] == Break) continue;
                total++;
                if (seen.Add(array[i])) _df[array[i]]++;
                if (i + 1 < array.Length && array[i + 1] != Break && pairs.Add(Pair(array[i], array[i + 1]))) _pairDf[Pair(array[i], array[i + 1])] = _pairDf.GetValueOrDefault(Pair(array[i], array[i + 1])) + 1;
            }
        }
        _averageLength = _words.Count == 0 ? 1 : Math.Max(1.0, (double)total / _words.Count);
    }

    public int Count => _words.Count;
    public static int RarityMode = (int)(double.TryParse(Environment.GetEnvironmentVariable("TIPBOT_PHRASE_IDF"), out var v) ? v : 0);

    /// <summary>The question's words as ids (unknown: <see cref="Break"/>), and for each whether it is a stop word.</summary>
    public (int[] Ids, bool[] Stop) Question(string text)
    {
        var ids = new List<int>();
        var stop = new List<bool>();
        foreach (var w in Words(text))
        {
            if (w is null) { ids.Add(Break); stop.Add(false); continue; }
            ids.Add(_ids.TryGetValue(w, out var id) ? id : Break);
            stop.Add(DutchStopWords.Surface.Contains(w));
        }
        return (ids.ToArray(), stop.ToArray());
    }

    /// <summary>The share (0..1) of the question's word pairs' rarity that <paramref name="id"/> holds as a run.</summary>
    public double PhraseShare(string id, int[] question, bool[] stop, bool functionOnly)
    {
        if (!_index.TryGetValue(id, out var at)) return 0;
        var words = _words[at];
        double held = 0, all = 0;
        for (var i = 0; i + 1 < question.Length; i++)
        {
            var a = question[i];
            var b = question[i + 1];
            if (a == Break || b == Break || (functionOnly && !stop[i] && !stop[i + 1])) continue;
            if (!_pairDf.TryGetValue(Pair(a, b), out var df)) continue;
            var idf = RarityMode == 1 ? Math.Log((double)Count / df) : RarityMode == 2 ? Math.Max(0, Math.Log((double)Count / df) - 1) : Math.Log(1 + (double)Count / df);
            if (idf <= 0) continue;
            all += idf;
            for (var k = 0; k + 1 < words.Length; k++)
            {
                if (words[k] == a && words[k + 1] == b)
                {
                    held += idf;
                    break;
                }
            }
        }
        return all > 0 ? held / all : 0;
    }

    /// <summary>BM25 of the question's distinct known words over <paramref name="id"/>'s words.</summary>
    public double Bm25(string id, int[] question)
    {
        if (!_index.TryGetValue(id, out var at)) return 0;
        var words = _words[at];
        var length = 0;
        foreach (var w in words) if (w != Break) length++;
        var score = 0.0;
        for (var i = 0; i < question.Length; i++)
        {
            var q = question[i];
            if (q == Break || Array.IndexOf(question, q) < i) continue;
            var tf = 0;
            foreach (var w in words) if (w == q) tf++;
            if (tf == 0) continue;
            var df = _df[q];
            var idf = Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
            score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / _averageLength));
        }
        return score;
    }

    private int Id(string w)
    {
        if (_ids.TryGetValue(w, out var id)) return id;
        id = _ids.Count;
        _ids[w] = id;
        _df.Add(0);
        return id;
    }

    private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;

    // Words folded; null between sentences.
    private static IEnumerable<string?> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch)) { sb.Append(char.ToLowerInvariant(ch)); continue; }
            if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
            if (ch is '.' or '!' or '?' or '\n' or ';' or ':') yield return null;
        }
        if (sb.Length > 0) yield return sb.ToString();
    }
}
