using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
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
            () => new HashSet<string>(StringComparer.Ordinal),
            (d, _, local) =>
            {
                AddWords(local, d.Title);
                AddWords(local, d.Summary);
                AddWords(local, string.Join(' ', d.Tags));
                if (d.Sections.Count == 0) AddWords(local, d.Body);
                // The sections are the body cut at its headings, so reading both would read every word twice.
                foreach (var s in d.Sections)
                {
                    AddWords(local, s.Heading);
                    AddWords(local, s.Text);
                }
                return local;
            },
            local =>
            {
                lock (gate) words.UnionWith(local);
            });
        return new CompoundSplitter(words);
    }

    // One analyzer for every text: it keeps a tokenizer per thread. A new StandardTokenizer per text cost more
    // than indexing the text (its scanner buffers and attributes are built each time).
    private static readonly Analyzer Words = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(DutchAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(DutchAnalyzer.Version, tokenizer)));
    });

    private static void AddWords(HashSet<string> words, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        using var ts = Words.GetTokenStream("", text);
        var term = ts.AddAttribute<ICharTermAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            if (term.Length >= CompoundSplitter.MinPart && term.Length <= 30 && IsLetters(term)) words.Add(term.ToString());
        }
        ts.End();
    }

    private static bool IsLetters(ICharTermAttribute term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            if (!char.IsLetter(term.Buffer[i])) return false;
        }
        return true;
    }
}
