using System.Buffers;
using System.Globalization;

namespace TipBot.Indexer.Search;

/// <summary>
/// Earlier answered questions (<see cref="QuestionMemoryLearner"/>): per question its library, its stems as the engine reads a
/// question, and the words of the documents that answer it, each with a weight in (0, 1]. One line per question,
/// <c>library&lt;TAB&gt;stem|stem stem ...&lt;TAB&gt;word:weight word:weight ...</c> (a group's terms joined by |). For a new question, the answer words of the most
/// similar earlier questions are a little extra evidence for the order shown (<see cref="RankingOptions.MemoryWeight"/>); the
/// answered judge never reads them.
/// </summary>
public sealed class QuestionMemory
{
    public static QuestionMemory Empty { get; } = new([]);

    private readonly Entry[] _entries;
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    // Per stem, the earlier questions that hold it, ascending, once each.
    private readonly Dictionary<string, int[]> _byStem = new(StringComparer.Ordinal);
    // Per question, per answer word: in how many libraries' answers the word is used, and its rarity among them.
    private readonly int[][] _answerLibraries;
    private readonly double[][] _answerRarity;
    private readonly double[] _norms;
    private readonly double _unseenIdf;

    /// <summary>
    /// One earlier question: its library, its words as groups (a word's stem, translations, synonyms and compound parts; each
    /// group once), its answer words.
    /// </summary>
    public sealed record Entry(string Library, string[][] Groups, (string Word, double Weight)[] Answer);

    private QuestionMemory(Entry[] entries)
    {
        _entries = entries;
        var holding = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            foreach (var group in entries[i].Groups)
            {
                foreach (var s in group)
                {
                    if (!holding.TryGetValue(s, out var list)) holding[s] = list = [];
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
            }
        }
        foreach (var (stem, list) in holding)
        {
            _byStem[stem] = [.. list];
            _idf[stem] = Math.Log((double)entries.Length / list.Count) + 1;
        }
        _unseenIdf = Math.Log(Math.Max(1, entries.Length)) + 1;
        _norms = entries.Select(e => Math.Sqrt(e.Groups.Sum(g => Math.Pow(GroupIdf(g), 2)))).ToArray();
        // In how many libraries' answers each word is used: a word one author's answers use says nothing general.
        var answerLibraries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in entries.SelectMany(e => e.Answer.Select(a => (e.Library, a.Word))).Distinct().GroupBy(x => x.Word, StringComparer.Ordinal))
            answerLibraries[g.Key] = g.Count();
        var libraries = entries.Select(e => e.Library).Distinct(StringComparer.Ordinal).Count();
        _answerLibraries = entries.Select(e => e.Answer.Select(a => answerLibraries[a.Word]).ToArray()).ToArray();
        _answerRarity = _answerLibraries.Select(counts => counts.Select(n => Math.Log((double)(libraries + 1) / n)).ToArray()).ToArray();
    }

    // A group's rarity among the memory's questions: its most common term's (a synonym list's rare member does not make the
    // word rare); a group no earlier question holds is as rare as a word in one.
    private double GroupIdf(IReadOnlyList<string> group)
    {
        var idf = double.MaxValue;
        foreach (var s in group)
        {
            if (_idf.TryGetValue(s, out var v) && v < idf) idf = v;
        }
        return idf == double.MaxValue ? _unseenIdf : idf;
    }

    public int Count => _entries.Length;

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>How the neighbours and their answer words are chosen.</summary>
    /// <param name="Neighbours">At most this many earlier questions, the most similar first.</param>
    /// <param name="MinShared">A neighbour shares at least this many of the question's groups.</param>
    /// <param name="MinLibraries">An answer word counts only when the answers of at least this many libraries use it.</param>
    /// <param name="MinSimilarity">A neighbour's idf-weighted cosine with the question is at least this.</param>
    /// <param name="MaxWords">At most this many answer words, the heaviest (a bound on what the pass reads per candidate).</param>
    public sealed record Settings(int Neighbours = 5, int MinShared = 2, int MinLibraries = 3, double MinSimilarity = 0.2, int MaxWords = int.MaxValue);

    /// <summary>
    /// The answer words of the earlier questions most like the question's <paramref name="groups"/> (<see cref="QuestionMemoryLearner.QuestionGroups"/>),
    /// by an idf-weighted cosine over groups (one shared term makes a group shared): each word's weight summed over the neighbours
    /// times their similarity and times its rarity among the libraries' answers, over the best word's; the question's own stems
    /// left out. Empty when no earlier question is near enough.
    /// </summary>
    public IReadOnlyDictionary<string, double> AnswerWords(IReadOnlyList<IReadOnlyList<string>> groups, Settings settings)
    {
        if (_entries.Length == 0 || groups.Count < settings.MinShared) return NoWords;
        var own = new HashSet<string>(groups.SelectMany(g => g), StringComparer.Ordinal);
        // Per earlier question: the summed squared rarity of the question's groups it shares (a group counts once), and how many.
        var dot = ArrayPool<double>.Shared.Rent(_entries.Length);
        var shared = ArrayPool<int>.Shared.Rent(_entries.Length);
        var seenIn = ArrayPool<int>.Shared.Rent(_entries.Length);
        Array.Clear(dot, 0, _entries.Length);
        Array.Clear(shared, 0, _entries.Length);
        Array.Clear(seenIn, 0, _entries.Length);
        var touched = new List<int>();
        try
        {
            var norm = 0.0;
            for (var gi = 0; gi < groups.Count; gi++)
            {
                var idf = GroupIdf(groups[gi]);
                norm += idf * idf;
                foreach (var s in groups[gi])
                {
                    if (!_byStem.TryGetValue(s, out var holders)) continue;
                    foreach (var e in holders)
                    {
                        if (seenIn[e] == gi + 1) continue;
                        if (seenIn[e] == 0) touched.Add(e);
                        seenIn[e] = gi + 1;
                        dot[e] += idf * idf;
                        shared[e]++;
                    }
                }
            }
            if (touched.Count == 0) return NoWords;
            norm = Math.Sqrt(norm);
            var near = new List<(int Entry, double Similarity)>();
            foreach (var e in touched)
            {
                if (shared[e] < settings.MinShared) continue;
                var similarity = Math.Min(1, dot[e] / (norm * _norms[e]));
                if (similarity >= settings.MinSimilarity) near.Add((e, similarity));
            }
            if (near.Count == 0) return NoWords;
            near.Sort((x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.Entry.CompareTo(y.Entry));
            var words = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var n = 0; n < Math.Min(settings.Neighbours, near.Count); n++)
            {
                var (entry, similarity) = near[n];
                var answer = _entries[entry].Answer;
                for (var i = 0; i < answer.Length; i++)
                {
                    var (word, weight) = answer[i];
                    if (own.Contains(word) || _answerLibraries[entry][i] < settings.MinLibraries) continue;
                    words[word] = words.GetValueOrDefault(word) + similarity * weight * _answerRarity[entry][i];
                }
            }
            if (words.Count == 0) return NoWords;
            var best = words.Values.Max();
            return words.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(settings.MaxWords)
                .ToDictionary(x => x.Key, x => x.Value / best, StringComparer.Ordinal);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(dot);
            ArrayPool<int>.Shared.Return(shared);
            ArrayPool<int>.Shared.Return(seenIn);
        }
    }

    private static readonly IReadOnlyDictionary<string, double> NoWords = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The memory's text, as <see cref="Parse"/> reads it: one line per entry, in the given order.</summary>
    public static string Format(IEnumerable<Entry> entries) =>
        string.Concat(entries.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"{e.Library}\t{string.Join(' ', e.Groups.Select(g => string.Join('|', g)))}\t{string.Join(' ', e.Answer.Select(a => $"{a.Word}:{a.Weight:0.###}"))}\n")));

    /// <summary>Reads the memory's text; a line that is not <c>library TAB stems TAB word:weight ...</c> with weights in (0, 1] throws, naming its number.</summary>
    public static QuestionMemory Parse(string text)
    {
        var entries = new List<Entry>();
        // One string per distinct word: the memory stays a few objects per question.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pooled(string word) => pool.TryGetValue(word, out var known) ? known : pool[word] = word;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[0].Length == 0) throw new FormatException($"memory line {number}: not library, stems and answer words by tabs");
            var answer = new List<(string, double)>();
            foreach (var item in parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = item.LastIndexOf(':');
                if (colon <= 0 || !double.TryParse(item[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is <= 0 or > 1)
                    throw new FormatException($"memory line {number}: '{item}' is not word:weight with a weight in (0, 1]");
                answer.Add((Pooled(item[..colon]), weight));
            }
            var groups = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(g => g.Split('|', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Select(Pooled).ToArray()).Where(g => g.Length > 0).ToArray();
            entries.Add(new Entry(Pooled(parts[0]), groups, [.. answer]));
        }
        return Of(entries);
    }

    public static QuestionMemory Read(string path) => Parse(File.ReadAllText(path));

    /// <summary>A memory of the given entries, in their order (a subset of another's: <see cref="Entries"/>).</summary>
    public static QuestionMemory Of(IEnumerable<Entry> entries) => new([.. entries]);

    /// <summary>The memory shipped inside the indexer (Search/Vocabulary/question-memory.txt); empty when it was built without one.</summary>
    public static QuestionMemory BuiltIn => BuiltInFile.Value;

    /// <summary>The resource name of the built-in memory.</summary>
    public const string ResourceName = "TipBot.Indexer.Vocabulary.question-memory.txt";

    private static readonly Lazy<QuestionMemory> BuiltInFile = new(() =>
    {
        using var stream = typeof(QuestionMemory).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return Empty;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });
}
