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
        var words = new HashSet<string>(CommonParts, StringComparer.Ordinal);
        foreach (var d in documents)
        {
            AddWords(words, d.Title);
            AddWords(words, d.Summary);
            AddWords(words, string.Join(' ', d.Tags));
            AddWords(words, d.Body);
            foreach (var s in d.Sections)
            {
                AddWords(words, s.Heading);
                AddWords(words, s.Text);
            }
        }
        return new CompoundSplitter(words);
    }

    private static void AddWords(HashSet<string> words, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        using var tokenizer = new StandardTokenizer(DutchAnalyzer.Version, new StringReader(text));
        using var ts = new ASCIIFoldingFilter(new LowerCaseFilter(DutchAnalyzer.Version, tokenizer));
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
