using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TipBot.Indexer.Search;

/// <summary>
/// The rules of synonyms.txt for expanding questions: a normalised word or phrase -> what to search for instead.
/// An equivalence line ("a, b, c") maps each entry to all of them; a one-way line ("a => a, b") maps its left
/// side to its right side only, in the direction the file's own comment promises (asking "facebook" also
/// searches "sociale media", not the other way round). A phrase is its normalised words joined by one space.
/// </summary>
/// <remarks>
/// Applied to questions only: expanding every document at index time cost ~40% of a build, and applied
/// documents-side a one-way rule works backwards (a document saying "facebook" would be found by "sociale media").
/// </remarks>
public sealed class SynonymRules
{
    private readonly Dictionary<string, List<string>> _rules;
    private readonly HashSet<string> _typoKeys;

    private SynonymRules(Dictionary<string, List<string>> rules, HashSet<string> typoKeys, int longestKey)
    {
        _rules = rules;
        _typoKeys = typoKeys;
        LongestKey = longestKey;
    }

    /// <summary>The most words any left-hand side has.</summary>
    public int LongestKey { get; }

    public int Count => _rules.Count;

    /// <summary>Every left-hand side: a word, or a phrase of words joined by one space.</summary>
    public IEnumerable<string> Keys => _rules.Keys;

    /// <summary>What <paramref name="phrase"/> (normalised words joined by spaces) expands to, itself included when the rule keeps it; null when no rule applies.</summary>
    public IReadOnlyList<string>? Expand(string phrase) => _rules.GetValueOrDefault(phrase);

    /// <summary>
    /// The expansion of the one-word rule nearest to a misspelt <paramref name="word"/> (<see cref="TermMatcher.IsNear"/>), or null;
    /// not a key the word is another word of (<see cref="KeyboardSlips.IsOtherWord"/>: "bereid" is no typo of "beleid").
    /// </summary>
    /// <remarks>Only the keys of the lists read with typo matching (not the everyday words: see <see cref="FromLines"/>).</remarks>
    public IReadOnlyList<string>? Near(string word) => Near(word, out _);

    /// <param name="keyDistance">The edit distance of the nearest key (<see cref="TermMatcher.EditDistance"/>); int.MaxValue when none.</param>
    public IReadOnlyList<string>? Near(string word, out int keyDistance)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var key in _typoKeys)
        {
            if (key.Contains(' ') || !TermMatcher.IsNear(word, key) || KeyboardSlips.IsOtherWord(word, key)) continue;
            var distance = TermMatcher.EditDistance(word, key);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(key, best) < 0))
            {
                best = key;
                bestDistance = distance;
            }
        }
        keyDistance = bestDistance;
        return best is null ? null : _rules[best];
    }

    /// <summary>
    /// Builds the rules from lines already checked by the Solr parser; words are normalised by <paramref name="analyzer"/>,
    /// which drops stop words as the question's analyzer does (<see cref="DutchAnalyzer.ForRules"/>): a question has lost
    /// them too by the time it is matched against the rules.
    /// </summary>
    /// <param name="exactLines">
    /// Lines whose words expand only when the question has them as written (stemmed), never as the near match of a typo:
    /// the everyday words (<see cref="EverydayWords"/>) are many short common words, so an unknown word within two
    /// letters of one of them ("verdieping", "verlies") is more often another word than a misspelling of it.
    /// </param>
    public static SynonymRules FromLines(IEnumerable<string> lines, Analyzer analyzer, IEnumerable<string>? exactLines = null)
    {
        var rules = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var typoKeys = new HashSet<string>(StringComparer.Ordinal);
        var longest = 0;
        foreach (var (line, typos) in lines.Select(l => (l, true)).Concat((exactLines ?? []).Select(l => (l, false))))
        {
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var left = Phrases(arrow >= 0 ? line[..arrow] : line, analyzer);
            var right = arrow >= 0 ? Phrases(line[(arrow + 2)..], analyzer) : left;
            foreach (var from in left)
            {
                if (!rules.TryGetValue(from, out var to)) rules[from] = to = [];
                if (typos) typoKeys.Add(from);
                foreach (var r in right)
                {
                    if (!to.Contains(r)) to.Add(r);
                }
                longest = Math.Max(longest, from.Count(c => c == ' ') + 1);
            }
        }
        return new SynonymRules(rules, typoKeys, longest);
    }

    private static List<string> Phrases(string side, Analyzer analyzer)
    {
        var phrases = new List<string>();
        foreach (var entry in side.Split(','))
        {
            var words = Normalise(entry.Replace("\\", ""), analyzer);
            if (words.Count == 0) continue;
            var phrase = string.Join(' ', words);
            if (!phrases.Contains(phrase)) phrases.Add(phrase);
        }
        return phrases;
    }

    private static List<string> Normalise(string text, Analyzer analyzer)
    {
        var words = new List<string>();
        using var ts = analyzer.GetTokenStream(IndexFields.Body, new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            if (term.Length > 0) words.Add(term.ToString());
        }
        ts.End();
        return words;
    }
}
