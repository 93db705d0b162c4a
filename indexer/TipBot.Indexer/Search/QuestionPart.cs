namespace TipBot.Indexer.Search;

/// <summary>
/// The part of a long question that asks: its sentences that end in a question mark, else its last sentence, widened by the
/// sentences before it until it holds <see cref="MinGroups"/> of the question's groups. An e-mail tells who writes and what
/// happened before it asks ("Wij zijn een team bevolkingszorg ... Hoe houden we contact met de gezinnen?"); the context
/// dilutes the share of the question the right tip holds, the asking part does not. The question's form
/// (<see cref="FactQuestion"/>) is read in it too: the context may tell what the asker does not know ("ik weet niet hoeveel ik
/// moet loslaten") while the part asks for advice ("Zijn er ervaringen met eigenaarschap bij teams?").
/// </summary>
public static class QuestionPart
{
    /// <summary>How many of the question's groups the part holds at least (it is widened by earlier sentences until it does).</summary>
    public const int MinGroups = 3;

    /// <summary>A question's asking part: its text and the indices of the question's groups it holds.</summary>
    public sealed record Part(string Text, IReadOnlySet<int> Groups);

    /// <summary>
    /// The asking part of the question, or null when the question has one sentence or its asking part holds all of its groups.
    /// <paramref name="analyze"/> reads a part's groups the way the question's were read.
    /// </summary>
    public static Part? Of(string text, IReadOnlyList<QueryTermGroup> groups, Func<string, IReadOnlyList<QueryTermGroup>> analyze)
    {
        // The library's own sentence reading (PlainText.Sentences: a mark before white space or a line break, not "bijv." or "o.a.").
        var sentences = PlainText.Sentences(text);
        if (sentences.Count < 2) return null;
        var asking = Asking(sentences, out var first);
        var held = new HashSet<int>();
        var part = "";
        while (true)
        {
            held.Clear();
            part = Join(sentences, asking);
            foreach (var g in analyze(part))
            {
                var at = IndexOf(groups, g);
                if (at >= 0) held.Add(at);
            }
            if (held.Count >= MinGroups || first == 0) break;
            asking[--first] = true;
        }
        return held.Count == 0 || held.Count == groups.Count ? null : new Part(part, held);
    }

    /// <summary>
    /// The sentences that ask, before the part is widened: those that end in a question mark, else the last one; the whole text
    /// when it has no sentence (<see cref="HowToAct"/> reads its form there).
    /// </summary>
    public static string AskingSentences(string text)
    {
        var sentences = PlainText.Sentences(text);
        return sentences.Count == 0 ? text : Join(sentences, Asking(sentences, out _));
    }

    // Which sentences ask (those that end in a question mark, else the last one) and the first of them.
    private static bool[] Asking(IReadOnlyList<(int Start, string Text)> sentences, out int first)
    {
        var asking = new bool[sentences.Count];
        first = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].Text.EndsWith('?')) continue;
            asking[i] = true;
            if (first < 0) first = i;
        }
        if (first < 0)
        {
            first = sentences.Count - 1;
            asking[first] = true;
        }
        return asking;
    }

    private static string Join(IReadOnlyList<(int Start, string Text)> sentences, bool[] chosen) =>
        string.Join(' ', sentences.Where((_, i) => chosen[i]).Select(x => x.Text));

    // The question's group that shares a word with the part's group: the same word read in its sentence.
    private static int IndexOf(IReadOnlyList<QueryTermGroup> groups, QueryTermGroup g)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Alternatives.Any(a => g.Alternatives.Contains(a))) return i;
        }
        return -1;
    }
}
