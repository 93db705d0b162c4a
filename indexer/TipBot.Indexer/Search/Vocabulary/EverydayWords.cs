namespace TipBot.Indexer.Search;

/// <summary>The built-in everyday-words list (everyday-words.txt) as synonym rules that only add: each plain word keeps itself.</summary>
/// <remarks>
/// Written as one-way lines ("schreeuwt, geschreeuwd => agressie, boos"); read as one line per word on the left, with the
/// word itself first on the right. A plain word a tip happens to use must still find that tip, and writing every form on
/// both sides would also join the forms with each other (more query clauses for no gain).
/// </remarks>
public static class EverydayWords
{
    /// <summary>One "word => word, targets" line per left-hand entry of each good one-way line; other lines unchanged.</summary>
    public static List<string> AsAddingRules(IEnumerable<string> goodLines)
    {
        var rules = new List<string>();
        foreach (var line in goodLines)
        {
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow < 0)
            {
                rules.Add(line);
                continue;
            }
            var right = line[(arrow + 2)..].Trim();
            foreach (var entry in line[..arrow].Split(','))
            {
                var word = entry.Trim();
                if (word.Length > 0) rules.Add($"{word} => {word}, {right}");
            }
        }
        return rules;
    }
}
