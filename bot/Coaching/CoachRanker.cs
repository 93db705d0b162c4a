using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Coaching;

/// <summary>
/// Suggests coaches for a request: a search over the coach profiles (kind=coach) with the question, the help
/// form and the workshop topic, plus a bonus for each listed expertise the request's words touch.
/// </summary>
public sealed class CoachRanker(ITipSearch search)
{
    private static readonly Dictionary<HelpForm, string[]> HelpFormWords = new()
    {
        [HelpForm.Conversations] = ["sparren", "advies", "gesprek"],
        [HelpForm.Deployment] = ["project", "plan", "aanpak", "begeleiding"],
        [HelpForm.Workshop] = ["workshop", "presentatie", "inspiratie"],
    };

    public IReadOnlyList<CoachSuggestion> Rank(CoachingRequest request, int top = 3)
    {
        var coaches = search.Documents.Where(d => d.Kind == DocumentKind.Coach).ToList();
        if (coaches.Count == 0)
        {
            return [];
        }

        var text = string.Join(' ', new[] { request.Question, request.WorkshopTitle, request.DeploymentDescription }
            .Concat(HelpFormWords[request.HelpForm])
            .Where(t => !string.IsNullOrWhiteSpace(t)));
        var scores = coaches.ToDictionary(c => c.Id, _ => 0.0);

        var found = search.Search(new SearchQuery(text) { Kind = DocumentKind.Coach, Top = coaches.Count });
        var best = found.Hits.Count == 0 ? 0 : found.Hits.Max(h => h.Score);
        foreach (var hit in found.Hits.Where(h => scores.ContainsKey(h.Id)))
        {
            scores[hit.Id] += best > 0 ? hit.Score / best : 0;
        }

        var words = Words(text);
        if (request.WorkshopId is not null && search.Get(request.WorkshopId) is { } workshop)
        {
            words.UnionWith(workshop.Tags.SelectMany(t => Words(t)));
        }
        foreach (var coach in coaches)
        {
            // An expertise such as "design-thinking" counts when any of its parts is mentioned.
            var matched = coach.Expertise.Count(e => Words(e).Overlaps(words));
            scores[coach.Id] += 0.5 * matched;
        }

        return coaches
            .Select(c => new CoachSuggestion(c.Id, c.Title, c.Expertise, Math.Round(scores[c.Id], 3)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', '-', ',', '.', '?', '!', ';', ':', '/', '(', ')', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4)
            .Select(Stem)
            .ToHashSet(StringComparer.Ordinal);

    // Just enough Dutch/English folding for expertise words ("onderzoeken" ~ "onderzoek", "communicatie").
    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "en", "s", "e" })
        {
            if (word.Length > 6 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }
}
