using System.Text.RegularExpressions;
using Lucene.Net.Analysis;

namespace TipBot.Indexer.Search;

/// <summary>
/// The words a question names as the asker's own: the word right after "ons", "onze", "mijn", "m'n" or "jullie" ("niemand
/// snapt onze aanmaning", "mijn medewerkers durven niks zelf te beslissen", "ons formulier werkt niet met voorleessoftware").
/// </summary>
/// <remarks>
/// A question told in the user's own words shares few of them with the tip that answers it, and the words it does share are
/// often the situation's ("snapt", "niemand", "durven"), which a tip about something else may hold in its title. The thing
/// the asker calls their own is what they want help with: the letter, the team, the form. "Hun" is left out: it names a third
/// party's thing ("hoe ver hun aanvraag is"), as often a detail of the situation as its topic. The word is taken as typed, so an
/// adjective in between ("ons online formulier") takes the place of the noun; a stop word there ("bij ons als ...") is no group.
/// </remarks>
public static partial class PossessedWords
{
    /// <summary>The analysed terms of the words that follow a possessive of the asker in <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> Terms(Analyzer analyzer, string text)
    {
        HashSet<string>? terms = null;
        foreach (Match m in AfterPossessive().Matches(text))
        {
            foreach (var t in AnalyzedText.Of(analyzer, IndexFields.Body, m.Groups[1].Value).Terms) (terms ??= []).Add(t);
        }
        return terms ?? (IReadOnlySet<string>)EmptySet;
    }

    /// <summary><paramref name="groups"/> with the weight of each possessed group times <paramref name="factor"/>, the others as they are.</summary>
    public static IReadOnlyList<QueryTermGroup> Weighted(IReadOnlyList<QueryTermGroup> groups, double factor) =>
        [.. groups.Select(g => g.Possessed ? g with { Weight = g.Weight * factor } : g)];

    private static readonly HashSet<string> EmptySet = [];

    [GeneratedRegex(@"\b(?:ons|onze|mijn|m'n|jullie)\s+([\p{L}'-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterPossessive();
}
