using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// Every key of the built-in English list, read as the engine reads it (each word stemmed by the Dutch chain), against the
/// Debian Dutch word list: the list reads Dutch questions too, so a key whose words are all Dutch words fires on a Dutch
/// question ("bus" widened "hoe laat rijdt de bus" to a public-transport tip; "rent" read "rente" as "huur"). Such a key must
/// be on the reviewed list, <see cref="EnglishListDutchWordsReviewed"/>, with the reason it does no harm there; a phrase key
/// is found when each of its words is a Dutch word.
/// </summary>
public sealed class EnglishListDutchWordTests
{
    // Debian's package wdutch (scripts/setup.sh installs it).
    private const string DutchWordList = "/usr/share/dict/dutch";

    /// <summary>The keys (as stemmed, words joined by a space) reviewed and kept, each with its reason.</summary>
    private static Dictionary<string, string> Reviewed => EnglishListDutchWordsReviewed.Keys;

    private static readonly Lazy<HashSet<string>> DutchStems = new(ReadDutchStems);
    private static readonly Lazy<Dictionary<string, string>> Found = new(DutchKeys);

    [Fact]
    public void EveryKeyThatIsADutchWordIsReviewed()
    {
        var unreviewed = Found.Value.Where(k => !Reviewed.ContainsKey(k.Key))
            .Select(k => $"{k.Key}  ({k.Value})").ToList();
        Assert.True(unreviewed.Count == 0,
            "keys of the built-in English list that a Dutch question types as a Dutch word (take them out, or review them here):\n"
            + string.Join('\n', unreviewed));
    }

    [Fact]
    public void EveryReviewedKeyIsStillADutchWordOfTheList()
    {
        var stale = Reviewed.Keys.Where(k => !Found.Value.ContainsKey(k)).ToList();
        Assert.True(stale.Count == 0, "reviewed keys no longer in the list as a Dutch word: " + string.Join(", ", stale));
    }

    /// <summary>The list's keys whose every word, stemmed, is the stem of a Dutch word; each with its term and the first line that has it.</summary>
    private static Dictionary<string, string> DutchKeys()
    {
        var parser = new SolrSynonymParser(true, true, DutchAnalyzer.ForTerms());
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = TermListReader.GoodLines(BuiltInVocabulary.English, "english", addEnglishPlurals: true, new List<Diagnostic>());
        foreach (var line in lines)
        {
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            foreach (var term in (arrow < 0 ? line : line[..arrow]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = parser.Analyze(term, new CharsRef()).ToString().Split(SynonymMap.WORD_SEPARATOR);
                if (words.All(DutchStems.Value.Contains)) found.TryAdd(string.Join(' ', words), $"\"{term}\" of: {line}");
            }
        }
        return found;
    }

    /// <summary>
    /// The stems of the Dutch words of the list. Its lines are single words, each on a line of its own; it also holds English
    /// words as Dutch texts quote them ("environment", "study", "entrepreneurs"): a Dutch word here is one the list also
    /// holds in a Dutch form (a plural in -en, a diminutive: "bussen", "busje"), a Dutch compound of two such words
    /// ("omgevingswet", "dijkgraaf"), or an abbreviation in capitals ("WOZ", "GGD"). An entry of several words ("of all
    /// people") or a hyphenated one ("e-government") is no Dutch word of its parts, and a capitalised one is a name ("Road").
    /// </summary>
    private static HashSet<string> ReadDutchStems()
    {
        Assert.True(File.Exists(DutchWordList), $"{DutchWordList} is missing: install Debian's wdutch (scripts/setup.sh does)");
        var entries = File.ReadLines(DutchWordList).Where(e => e.Length > 1 && e.All(char.IsLetter)).ToList();
        var lower = entries.Select(e => e.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var inflected = lower.Where(w => DutchForms(w).Any(lower.Contains)).ToHashSet(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        using var analyzer = DutchAnalyzer.ForTerms();
        foreach (var entry in entries)
        {
            var word = entry.ToLowerInvariant();
            var abbreviation = entry.All(char.IsUpper);
            if (!abbreviation && char.IsUpper(entry[0])) continue;
            if (abbreviation || inflected.Contains(word) || IsCompound(word, inflected)) stems.UnionWith(Words(analyzer, word));
        }
        return stems;
    }

    /// <summary>
    /// The plural in -en and the diminutives Dutch makes of a word: with its last letter doubled ("bussen"), or its long vowel
    /// written single in the open syllable ("scholen", "graven", "huizen").
    /// </summary>
    private static IEnumerable<string> DutchForms(string w)
    {
        foreach (var b in new[] { w, w + w[^1] })
        {
            yield return b + "en";
            yield return b + "etje";
        }
        yield return w + "je";
        yield return w + "tje";
        yield return w + "pje";
        if (w.Length >= 4 && w[^3] == w[^2] && "aeou".Contains(w[^2]))
        {
            var last = w[^1] switch { 'f' => 'v', 's' => 'z', var c => c };
            yield return w[..^2] + last + "en";
        }
    }

    /// <summary>Two Dutch words of three letters or more, joined as Dutch joins them (directly, or with an "s" between).</summary>
    private static bool IsCompound(string word, HashSet<string> dutch)
    {
        for (var i = 3; i <= word.Length - 3; i++)
        {
            if (!dutch.Contains(word[i..])) continue;
            if (dutch.Contains(word[..i]) || (word[i - 1] == 's' && i > 3 && dutch.Contains(word[..(i - 1)]))) return true;
        }
        return false;
    }

    private static List<string> Words(DutchAnalyzer analyzer, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("w", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }
}
