using Lucene.Net.Analysis.Miscellaneous;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>Builds the compound-part dictionary from a library's own words plus a few common parts of the field.</summary>
public static class CompoundDictionary
{
    // Parts that often start or end compounds in public-service Dutch, in case the library only
    // ever uses them inside compounds.
    private static readonly string[] CommonParts =
    [
        "burger", "burgers", "inwoner", "inwoners", "bewoner", "bewoners", "klant", "klanten",
        "participatie", "dienst", "dienstverlening", "verlening", "contact", "centrum", "gemeente",
        "brief", "brieven", "taal", "formulier", "formulieren", "website", "balie", "telefoon",
        "gesprek", "gesprekken", "avond", "bijeenkomst", "wijk", "buurt", "team", "leiding",
        "beleid", "plan", "plannen", "project", "proces", "vraag", "vragen", "zorg", "jeugd",
        "werk", "medewerker", "medewerkers", "coach", "coaching", "training", "workshop",
        "communicatie", "advies", "adviseur", "organisatie", "overheid", "bestuur", "raad",
        "informatie", "ervaring", "signaal", "signalen", "netwerk", "online", "digitaal", "kanaal",
        "kanalen", "levensgebeurtenis", "gebeurtenis", "onderzoek", "doel", "groep", "casus",
        "inspraak", "initiatief", "ondernemer", "ondernemers", "bedrijf", "bedrijven", "woord", "woorden",
    ];

    public static CompoundSplitter FromDocuments(IEnumerable<KnowledgeDocument> documents)
    {
        // Documents are read in parallel into per-thread sets; the union does not depend on the order.
        var words = new HashSet<string>(CommonParts, StringComparer.Ordinal);
        var gate = new object();
        Parallel.ForEach(
            documents,
            () => new WordScan(),
            (d, _, local) =>
            {
                local.Add(d.Title);
                local.Add(d.Summary);
                local.Add(string.Join(' ', d.Tags));
                if (d.Sections.Count == 0) local.Add(d.Body);
                // The sections are the body cut at its headings, so reading both would read every word twice.
                foreach (var s in d.Sections)
                {
                    local.Add(s.Heading);
                    local.Add(s.Text);
                }
                return local;
            },
            local =>
            {
                lock (gate) local.Words.AddTo(words);
            });
        return new CompoundSplitter(words);
    }

    /// <summary>One thread's words so far (<see cref="WordSet"/>: most words of a text are repeats, found without a string) and its scratch.</summary>
    private sealed class WordScan
    {
        public readonly WordSet Words = new();
        private readonly char[] _lower = new char[MaxWord];
        // Folding may lengthen a word ("æ" -> "ae"): up to four characters for one, as Lucene's filter allows.
        private readonly char[] _folded = new char[MaxWord * 4];

        // A plain scan instead of the Lucene tokenizer chain: only words of letters count, so runs of letters (plus the
        // apostrophes, dots and digits that keep a token together, which then disqualify it) lower-cased and folded
        // give the same words; with a tokenizer, lower-casing and folding per text this cost as much as indexing.
        public void Add(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                var lettersOnly = true;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
                {
                    if (!char.IsLetter(text[i])) lettersOnly = false;
                    i++;
                }
                var length = i - start;
                if (!lettersOnly || length < CompoundSplitter.MinPart || length > MaxWord) continue;
                if (LowerAscii(text.AsSpan(start, length), _lower))
                {
                    Words.Add(_lower.AsSpan(0, length));
                }
                else
                {
                    // Accent folding as the analyzers do it ("creëren" = "creeren"), with Lucene's own folding filter's table.
                    var folded = ASCIIFoldingFilter.FoldToASCII(_lower, 0, _folded, 0, length);
                    Words.Add(_folded.AsSpan(0, folded));
                }
            }
        }
    }

    private const int MaxWord = 30;

    /// <summary>Lower-cases <paramref name="word"/> into <paramref name="lower"/>; false when it has a non-ASCII letter (then it needs folding too).</summary>
    private static bool LowerAscii(ReadOnlySpan<char> word, Span<char> lower)
    {
        var ascii = true;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            lower[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c < 128 ? c : char.ToLowerInvariant(c);
            if (c >= 128) ascii = false;
        }
        return ascii;
    }

    // An apostrophe, dot or underscore between two letters or digits keeps a token together ("collega's", "b.v.").
    private static bool IsJoiner(string text, int i) =>
        text[i] is '\'' or '\u2019' or '.' or '_' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
}
