namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>
/// Matches a typed answer to one of a few choices the way a person would: its number, its label in any case,
/// a synonym, a unique start ("uitvoer"), or a small typo ("gemeete"). Ambiguity is no match.
/// </summary>
public static class ChoiceMatcher
{
    public static Choice? Match(string input, IReadOnlyList<Choice> choices)
    {
        var text = TextNormalizer.Normalize(input);
        if (text.Length == 0 || choices.Count == 0)
        {
            return null;
        }
        if (int.TryParse(text.TrimEnd('.'), out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1];
        }

        var exact = choices.Where(c => Words(c).Contains(text)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        if (text.Length >= 3)
        {
            var prefix = choices.Where(c => Words(c).Any(w => w.StartsWith(text, StringComparison.Ordinal))).ToList();
            if (prefix.Count == 1)
            {
                return prefix[0];
            }
        }

        var best = choices
            .Select(c => (Choice: c, Distance: Words(c).Min(w => TextNormalizer.Distance(text, w, Tolerance(w)) - Tolerance(w))))
            .Where(x => x.Distance <= 0)
            .OrderBy(x => x.Distance)
            .ToList();
        if (best.Count == 1 || (best.Count > 1 && best[0].Distance < best[1].Distance))
        {
            return best[0].Choice;
        }

        // "ik ben van een gemeente": a whole-word mention of exactly one choice.
        var padded = $" {text} ";
        var mentioned = choices.Where(c => Words(c).Any(w => w.Length >= 4 && padded.Contains($" {w} ", StringComparison.Ordinal))).ToList();
        return mentioned.Count == 1 ? mentioned[0] : null;
    }

    private static int Tolerance(string word) => word.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    private static IEnumerable<string> Words(Choice choice) =>
        new[] { choice.Value, choice.Label }
            .Concat(choice.Synonyms ?? [])
            .Select(TextNormalizer.Normalize)
            .Where(w => w.Length > 0);
}
