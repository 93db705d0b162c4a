using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Coaching.Intake;

/// <summary>
/// What the intake needs from the tip library: workshop topics and tips that fit a question. The search is
/// looked up when used, so the intake still works (without those extras) while no index is configured.
/// </summary>
public sealed class IntakeLibrary(IServiceProvider services)
{
    public ITipSearch? Search => services.GetService<ITipSearch>();

    /// <summary>Workshop topics (kind: workshop) in the library, by title.</summary>
    public IReadOnlyList<KnowledgeDocument> Workshops(string? locale) =>
        Search?.Documents
            .Where(d => d.Kind == DocumentKind.Workshop)
            .OrderBy(d => d.Title, StringComparer.CurrentCulture)
            .ToList() ?? [];

    /// <summary>Up to three tips or cases that answer <paramref name="question"/>, or none when the library has no honest answer.</summary>
    public IReadOnlyList<SearchHit> Suggestions(string question, int top = 3)
    {
        var result = Search?.Search(new SearchQuery(question) { Top = top });
        return result is { Answered: true }
            ? result.Hits.Where(h => h.Kind is DocumentKind.Tip or DocumentKind.Case).Take(top).ToList()
            : [];
    }
}
