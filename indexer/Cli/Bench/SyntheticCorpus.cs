using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>
/// A deterministic synthetic Dutch tip library: the real library's words plus generated Dutch-looking words,
/// drawn with a Zipf distribution, about 300 words a tip. Document i is the same in every process.
/// </summary>
public sealed partial class SyntheticCorpus
{
    public const int Seed = 20261125;
    private const int GeneratedWords = 20_000;

    private readonly string[] words;
    private readonly double[] cumulative;
    private readonly string[] tags;

    private SyntheticCorpus(string[] words, string[] tags)
    {
        this.words = words;
        this.tags = tags;
        cumulative = new double[words.Length];
        var total = 0.0;
        for (var rank = 0; rank < words.Length; rank++)
        {
            // Zipf with a small offset, so the very top words are not absurdly dominant.
            total += 1.0 / Math.Pow(rank + 2.7, 1.0);
            cumulative[rank] = total;
        }
    }

    public int VocabularySize => words.Length;

    /// <summary>Vocabulary from the library's documents (by frequency) followed by generated words; works with an empty library too.</summary>
    public static SyntheticCorpus FromLibrary(IReadOnlyList<KnowledgeDocument> library)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in library.Where(d => d.Kind != DocumentKind.Coach))
        {
            foreach (Match m in Word().Matches($"{d.Title} {d.Summary} {d.Body}"))
            {
                var w = m.Value.ToLowerInvariant();
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        var real = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        var seen = new HashSet<string>(real, StringComparer.Ordinal);
        var random = new Random(Seed);
        var generated = new List<string>(GeneratedWords);
        while (generated.Count < GeneratedWords)
        {
            var w = InventWord(random);
            if (seen.Add(w))
                generated.Add(w);
        }

        var libraryTags = library.SelectMany(d => d.Tags).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new SyntheticCorpus([.. real, .. generated], libraryTags.Length > 0 ? libraryTags : ["participatie", "dienstverlening", "communicatie"]);
    }

    public static string IdOf(int index) => $"synthetic-{index:D6}";

    /// <summary>The relative path of document <paramref name="index"/>, a thousand to a folder.</summary>
    public static string PathOf(int index) => $"tips/{index / 1000:D3}/{IdOf(index)}.md";

    /// <summary>The Markdown file (front matter and body) of document <paramref name="index"/>.</summary>
    public string Markdown(int index)
    {
        var random = RandomFor(index);
        var text = new StringBuilder(2600);
        text.Append("---\ntitle: ").Append(Capitalise(Phrase(random, random.Next(4, 9)))).Append('\n');
        text.Append("kind: tip\n");
        text.Append("summary: ").Append(Sentence(random)).Append('\n');
        text.Append("tags: [").AppendJoin(", ", Pick(random, tags, random.Next(2, 5))).Append("]\n");
        text.Append("audience: [").AppendJoin(", ", Pick(random, KnowledgeVocabulary.Audience, random.Next(1, 3))).Append("]\n");
        text.Append("perspectives: [").AppendJoin(", ", Pick(random, KnowledgeVocabulary.Perspectives, 1)).Append("]\n");
        text.Append("updated: 2026-11-01\n---\n\n");
        Paragraph(random, text, 40);
        for (var s = 0; s < 3; s++)
        {
            text.Append("\n## ").Append(Capitalise(Phrase(random, random.Next(2, 5)))).Append("\n\n");
            Paragraph(random, text, 85);
        }

        return text.ToString();
    }

    /// <summary>
    /// Questions a user might type about documents of a corpus of <paramref name="documents"/>: content words of a
    /// random tip, sometimes phrased as a question, sometimes with a typo. The same list for every engine.
    /// </summary>
    public IReadOnlyList<string> Queries(int documents, int count)
    {
        var random = new Random(Seed + 1);
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var body = Markdown(random.Next(documents));
            var content = Word().Matches(body[(body.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..])
                .Select(m => m.Value.ToLowerInvariant())
                .Where(w => w.Length >= 5)
                .Distinct()
                .ToArray();
            if (content.Length < 4)
                continue;

            var picked = Pick(random, content, 4);
            var roll = random.Next(10);
            queries.Add(roll switch
            {
                < 5 => $"{picked[0]} {picked[1]}",
                < 7 => $"hoe {picked[0]} ik {picked[1]} {picked[2]}",
                8 => picked[0],
                9 => $"{Typo(random, picked[0])} {picked[1]} {picked[2]}",
                _ => $"{picked[0]} {picked[1]} {picked[2]}",
            });
        }

        return queries;
    }

    // Not HashCode.Combine: its seed differs per process, so every run (and every stage's process) got another corpus.
    private static Random RandomFor(int index) => new((int)((Seed * 2_654_435_761L + index * 40_503L) & int.MaxValue));

    private void Paragraph(Random random, StringBuilder text, int wordCount)
    {
        var written = 0;
        while (written < wordCount)
        {
            var length = random.Next(8, 17);
            text.Append(Sentence(random, length)).Append(' ');
            written += length;
        }

        text.Length--;
        text.Append('\n');
    }

    private string Sentence(Random random) => Sentence(random, random.Next(8, 17));

    private string Sentence(Random random, int length)
    {
        var phrase = Phrase(random, length);
        if (length > 10 && random.Next(3) == 0)
        {
            var comma = phrase.IndexOf(' ', phrase.Length / 2);
            if (comma > 0)
                phrase = phrase[..comma] + "," + phrase[comma..];
        }

        return Capitalise(phrase) + ".";
    }

    private string Phrase(Random random, int length)
    {
        var parts = new string[length];
        for (var i = 0; i < length; i++)
            parts[i] = NextWord(random);
        return string.Join(' ', parts);
    }

    private string NextWord(Random random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var rank = Array.BinarySearch(cumulative, target);
        return words[Math.Min(rank < 0 ? ~rank : rank, words.Length - 1)];
    }

    private static T[] Pick<T>(Random random, IReadOnlyList<T> from, int count)
    {
        count = Math.Min(count, from.Count);
        var chosen = new List<T>(count);
        while (chosen.Count < count)
        {
            var item = from[random.Next(from.Count)];
            if (!chosen.Contains(item))
                chosen.Add(item);
        }

        return [.. chosen];
    }

    private static string Typo(Random random, string word)
    {
        var i = random.Next(1, word.Length - 2);
        return word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static readonly string[] Prefixes = ["", "", "", "be", "ge", "ver", "ont", "her", "over", "voor", "uit", "mee"];
    private static readonly string[] Onsets = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "dr", "gr", "kl", "kr", "pl", "sch", "sl", "sp", "st", "str", "tr", "vl", "zw"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "oe", "ui", "ei", "ij", "eu", "ou"];
    private static readonly string[] Codas = ["", "k", "l", "m", "n", "p", "r", "s", "t", "nd", "ng", "nk", "rt", "st", "cht", "rk", "lp"];
    private static readonly string[] Suffixes = ["", "", "", "en", "er", "ing", "heid", "lijk", "baar", "te", "de", "tje", "schap", "ig"];

    // Dutch-looking words (ver-, -heid, -ing ...) so the stemmer and the compound splitter get realistic input.
    private static string InventWord(Random random)
    {
        var word = new StringBuilder(Prefixes[random.Next(Prefixes.Length)]);
        var syllables = random.Next(1, 3);
        for (var i = 0; i < syllables; i++)
            word.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]).Append(Codas[random.Next(Codas.Length)]);
        word.Append(Suffixes[random.Next(Suffixes.Length)]);
        return word.ToString();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
