using Lucene.Net.Analysis.Synonym;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// Reads Solr-format term lists (synonyms.txt, english-dutch.txt) through the Dutch normalising chain.
/// A line the parser rejects becomes a warning and is skipped, so one typo never fails a build.
/// </summary>
public static class TermListReader
{
    /// <param name="displayPath">How diagnostics name the file (relative to the knowledge folder).</param>
    /// <param name="addEnglishPlurals">Read as an English list (<see cref="EnglishListLine"/>): also map the plural/singular of each single English word ("citizen" and "citizens"), without the question's stop words.</param>
    public static SynonymMap? Read(string text, string displayPath, bool addEnglishPlurals, ICollection<Diagnostic> diagnostics) =>
        MapOf(GoodLines(text, displayPath, addEnglishPlurals, diagnostics));

    /// <summary>The synonyms list as rules for questions (<see cref="SynonymRules"/>), or null when it has none.</summary>
    public static SynonymRules? ReadRules(string text, string displayPath, ICollection<Diagnostic> diagnostics) =>
        RulesOf(GoodLines(text, displayPath, addEnglishPlurals: false, diagnostics));

    /// <summary>
    /// One map from lines already checked by <see cref="GoodLines"/> (of several lists, in order); an input on more
    /// than one line maps to all their outputs, each once. Null when there are none.
    /// </summary>
    public static SynonymMap? MapOf(IReadOnlyCollection<string> goodLines)
    {
        if (goodLines.Count == 0) return null;
        var parser = new SolrSynonymParser(true, true, DutchAnalyzer.ForTerms());
        parser.Parse(new StringReader(string.Join('\n', goodLines)));
        return parser.Build();
    }

    /// <summary>Rules from lines already checked by <see cref="GoodLines"/>; a word on more than one line gets all their words. Null when there are none.</summary>
    /// <param name="exactLines">More lines whose words are not matched with typos (see <see cref="SynonymRules.FromLines"/>).</param>
    public static SynonymRules? RulesOf(IReadOnlyCollection<string> goodLines, IReadOnlyCollection<string>? exactLines = null)
    {
        if (goodLines.Count == 0 && (exactLines is null || exactLines.Count == 0)) return null;
        var rules = SynonymRules.FromLines(goodLines, DutchAnalyzer.ForRules(), exactLines);
        return rules.Count == 0 ? null : rules;
    }

    /// <summary>The lines of a list the Solr parser accepts (comments and blank lines dropped); each other line is a warning naming <paramref name="displayPath"/> and its line.</summary>
    public static List<string> GoodLines(string text, string displayPath, bool addEnglishPlurals, ICollection<Diagnostic> diagnostics)
    {
        var analyzer = DutchAnalyzer.ForTerms();
        var good = new List<string>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (addEnglishPlurals)
            {
                if (EnglishListLine.Prepare(line) is not { } prepared)
                {
                    diagnostics.Add(new Diagnostic(displayPath, i + 1, DiagnosticSeverity.Warning,
                        "term list line skipped: a side has no word but stop words, which questions and documents leave out"));
                    continue;
                }
                line = prepared;
            }
            try
            {
                var probe = new SolrSynonymParser(true, true, analyzer);
                probe.Parse(new StringReader(line));
                good.Add(line);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Add(new Diagnostic(displayPath, i + 1, DiagnosticSeverity.Warning,
                    $"term list line skipped: {FirstLine(e.Message)}"));
            }
        }
        return good;
    }

    /// <summary>Reads a list file if it exists; a missing file is simply no list.</summary>
    public static SynonymMap? ReadFile(string path, string displayPath, bool addEnglishPlurals, ICollection<Diagnostic> diagnostics) =>
        File.Exists(path) ? Read(File.ReadAllText(path), displayPath, addEnglishPlurals, diagnostics) : null;

    private static string FirstLine(string s)
    {
        var nl = s.IndexOf('\n');
        return nl < 0 ? s : s[..nl];
    }
}
