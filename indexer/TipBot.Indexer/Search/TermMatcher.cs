namespace TipBot.Indexer.Search;

/// <summary>Which question words a document's terms cover, including typos within a small edit distance.</summary>
public sealed class TermMatcher
{
    private const double PartCredit = 0.9;
    private const double FuzzyCredit = 0.8;

    private readonly IReadOnlyList<QueryTermGroup> _groups;
    private readonly Func<string, IReadOnlyCollection<string>>? _vocabularyNear;

    /// <param name="vocabularyNear">
    /// Every term of the index near a word (<see cref="IsNear"/>); when given, typo matching asks the document
    /// for those few terms instead of comparing the word with every term of the document. The document term sets
    /// passed in must then come from the same index.
    /// </param>
    public TermMatcher(IReadOnlyList<QueryTermGroup> groups, Func<string, IReadOnlyCollection<string>>? vocabularyNear = null)
    {
        _groups = groups;
        _vocabularyNear = vocabularyNear;
        DependsOnDocument = HasMisspeltWord(groups);
    }

    /// <summary>Share of the question's weight (idf) that <paramref name="docTerms"/> covers, 0..1.</summary>
    public double Coverage(IReadOnlySet<string> docTerms)
    {
        double total = 0, covered = 0;
        for (var i = 0; i < _groups.Count; i++)
        {
            var g = _groups[i];
            total += g.Weight;
            covered += g.Weight * Credit(g, docTerms, _vocabularyNear);
        }
        return total == 0 ? 0 : covered / total;
    }

    public static double Credit(QueryTermGroup g, IReadOnlySet<string> docTerms) => Credit(g, docTerms, null);

    /// <summary>Whether <paramref name="docTerms"/> hold <paramref name="g"/>: one of its terms, a compound part, or a near form of a misspelt word.</summary>
    public bool Holds(QueryTermGroup g, IReadOnlySet<string> docTerms) => Credit(g, docTerms, _vocabularyNear) > 0;

    // Loops rather than LINQ: this runs for every group of every candidate of every search, and each lambda, iterator
    // and boxed enumerator was garbage (a fifth of a search's allocations with the related bonus).
    private static double Credit(QueryTermGroup g, IReadOnlySet<string> docTerms, Func<string, IReadOnlyCollection<string>>? vocabularyNear)
    {
        var alternatives = g.Alternatives;
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (Has(docTerms, alternatives[i])) return 1;
        }
        var partCredit = 0.0;
        if (g.Parts.Count > 0)
        {
            var found = 0;
            for (var i = 0; i < g.Parts.Count; i++)
            {
                if (HasPart(g, i, docTerms)) found++;
            }
            partCredit = PartCredit * ((double)found / g.Parts.Count);
            if (partCredit >= FuzzyCredit || !g.Unknown) return partCredit;
        }
        // A misspelt compound ("interactiecoah") splits into a part the library knows and a misspelt one, so its parts earn
        // half of their credit where its near form ("interactiecoach"), the word the fuzzy query searches, earns a near form's.
        if (g.Unknown && HasNearForm(alternatives, docTerms, vocabularyNear)) return FuzzyCredit;
        return partCredit;
    }

    private static bool HasNearForm(IReadOnlyList<string> alternatives, IReadOnlySet<string> docTerms, Func<string, IReadOnlyCollection<string>>? vocabularyNear)
    {
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (IsFuzzyCandidate(alternatives[i]) && AnyNearIn(alternatives[i], docTerms, vocabularyNear)) return true;
        }
        return false;
    }

    // Whether any term of part `index` (QueryTermGroup.PartTerms) is in the document, without the list PartTerms makes for a lone part.
    private static bool HasPart(QueryTermGroup g, int index, IReadOnlySet<string> docTerms)
    {
        if (index >= g.PartAlternatives.Count) return Has(docTerms, g.Parts[index]);
        var terms = g.PartAlternatives[index];
        for (var i = 0; i < terms.Count; i++)
        {
            if (Has(docTerms, terms[i])) return true;
        }
        return false;
    }

    private static bool AnyNearIn(string word, IReadOnlySet<string> docTerms, Func<string, IReadOnlyCollection<string>>? vocabularyNear)
    {
        if (vocabularyNear?.Invoke(word) is IReadOnlyList<string> near)
        {
            for (var i = 0; i < near.Count; i++)
            {
                if (docTerms.Contains(near[i])) return true;
            }
            return false;
        }
        return NearIn(word, docTerms, vocabularyNear).Any();
    }

    /// <summary>Every term that makes a document term count for the question: term -> group index.</summary>
    /// <remarks>
    /// Only a misspelt word's near terms depend on the document; without one, every document gets the same map, made once
    /// per matcher. Callers only read it.
    /// </remarks>
    public IReadOnlyDictionary<string, int> MatchingTerms(IReadOnlySet<string> docTerms)
    {
        if (!DependsOnDocument) return _questionTerms ??= QuestionTermMap(null);
        return QuestionTermMap(docTerms);
    }

    private Dictionary<string, int>? _questionTerms;

    /// <summary>
    /// Every term <see cref="MatchingTerms"/> can give for some document of the index: the question's terms and, for a
    /// misspelt word, all its near terms; null when near terms are found per document (no vocabulary given).
    /// </summary>
    /// <remarks>
    /// A term a document has gets the same group here as in that document's <see cref="MatchingTerms"/>: a near term is
    /// kept or left out there by whether the document has that term, so the terms before it in the map are the same.
    /// </remarks>
    public IReadOnlyDictionary<string, int>? AllMatchingTerms()
    {
        if (!DependsOnDocument) return MatchingTerms(EmptyTerms);
        return _vocabularyNear is null ? null : _allTerms ??= QuestionTermMap(null, everyNearTerm: true);
    }

    private Dictionary<string, int>? _allTerms;

    /// <summary>No terms: what <see cref="MatchingTerms"/> is given when it asks the document nothing.</summary>
    internal static readonly IReadOnlySet<string> EmptyTerms = new HashSet<string>();

    /// <summary>Whether <see cref="MatchingTerms"/> asks the document anything (a misspelt word's near terms): otherwise any set will do.</summary>
    public bool DependsOnDocument { get; }

    private static bool HasMisspeltWord(IReadOnlyList<QueryTermGroup> groups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (!groups[i].Unknown) continue;
            var alternatives = groups[i].Alternatives;
            for (var k = 0; k < alternatives.Count; k++)
            {
                if (IsFuzzyCandidate(alternatives[k])) return true;
            }
        }
        return false;
    }

    /// <param name="docTerms">The document whose near terms count; null for none (or, with <paramref name="everyNearTerm"/>, for all).</param>
    private Dictionary<string, int> QuestionTermMap(IReadOnlySet<string>? docTerms, bool everyNearTerm = false)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _groups.Count; i++)
        {
            var g = _groups[i];
            // g.AllTerms, in its order: the alternatives, then each part's terms, a phrase as its words.
            for (var k = 0; k < g.Alternatives.Count; k++) AddWords(map, g.Alternatives[k], i);
            for (var p = 0; p < g.Parts.Count; p++)
            {
                if (p >= g.PartAlternatives.Count)
                {
                    AddWords(map, g.Parts[p], i);
                    continue;
                }
                var terms = g.PartAlternatives[p];
                for (var k = 0; k < terms.Count; k++) AddWords(map, terms[k], i);
            }
            if (g.Unknown && (docTerms is not null || everyNearTerm))
            {
                foreach (var a in g.Alternatives.Where(IsFuzzyCandidate))
                {
                    foreach (var t in everyNearTerm ? _vocabularyNear!(a) : NearIn(a, docTerms!, _vocabularyNear)) map.TryAdd(t, i);
                }
            }
        }
        return map;
    }

    private static void AddWords(Dictionary<string, int> map, string term, int group)
    {
        if (term.Length > 0 && !term.Contains(' '))
        {
            map.TryAdd(term, group);
            return;
        }
        foreach (var w in QueryAnalysis.Words(term)) map.TryAdd(w, group);
    }

    /// <summary>A word long enough to be matched with a typo (phrases never are).</summary>
    public static bool IsFuzzyCandidate(string alternative) => alternative.Length >= 4 && !alternative.Contains(' ');

    // A phrase counts when the document has all its words (positions are not read here; the query checks them).
    private static bool Has(IReadOnlySet<string> docTerms, string alternative) =>
        alternative.Contains(' ') ? QueryAnalysis.Words(alternative).All(docTerms.Contains) : docTerms.Contains(alternative);

    /// <summary>The document's terms near <paramref name="word"/>.</summary>
    private static IEnumerable<string> NearIn(string word, IReadOnlySet<string> docTerms, Func<string, IReadOnlyCollection<string>>? vocabularyNear) =>
        vocabularyNear is null ? docTerms.Where(t => IsNear(word, t)) : vocabularyNear(word).Where(docTerms.Contains);

    public static bool IsNear(string a, string b)
    {
        var max = QueryFactory.MaxEdits(a);
        if (Math.Abs(a.Length - b.Length) > max || a.Length == 0 || b.Length == 0 || a[0] != b[0]) return false;
        return IsWithin(a, b, max);
    }

    /// <summary>Whether <see cref="EditDistance"/> is at most <paramref name="max"/>, stopping as soon as it cannot be.</summary>
    /// <remarks>
    /// Only cells within <paramref name="max"/> of the diagonal can lie on an alignment that cheap (every step off it costs
    /// an edit), so the rest count as too far; a row with nothing within <paramref name="max"/> ends the comparison. Most
    /// terms of a typo's length differ within a few letters.
    /// </remarks>
    public static bool IsWithin(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return false;
        var far = max + 1;
        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var before = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = Math.Min(j, far);
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current.Fill(far);
            current[0] = Math.Min(i, far);
            var best = current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, before[j - 2] + 1);
                current[j] = Math.Min(value, far);
                best = Math.Min(best, current[j]);
            }
            if (best > max) return false;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length] <= max;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int EditDistance(string a, string b)
    {
        // Three rolling rows instead of a full matrix: this runs for every term of every candidate on typo queries.
        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var before = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, before[j - 2] + 1);
                current[j] = value;
            }
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
