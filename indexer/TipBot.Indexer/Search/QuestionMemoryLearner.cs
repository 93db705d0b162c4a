using TipBot.Indexer.Evaluation;

namespace TipBot.Indexer.Search;

/// <summary>
/// Writes a <see cref="QuestionMemory"/> from check sets: every answerable question, its stems as the engine reads a question on
/// its own library (<see cref="QuestionStems"/>), and the words of its relevant documents (a fully relevant one's at weight 1,
/// a partly relevant one's at <see cref="PartlyRelevantWeight"/>).
/// </summary>
public static class QuestionMemoryLearner
{
    /// <summary>Which words of a relevant document the memory keeps.</summary>
    public enum AnswerSource
    {
        /// <summary>Title, tags and summary.</summary>
        Head,

        /// <summary>Title, tags, summary and the body words used more than once (<see cref="TopicalTerms"/>).</summary>
        Topical,
    }

    /// <summary>The weight of a partly relevant document's words (grade 1; a fully relevant one's, grade 2, weigh 1).</summary>
    public const double PartlyRelevantWeight = 0.5;

    private const int MinStemLength = 3;

    /// <summary>
    /// The memory of the given sets, each read on its library folder (a library named by its folder's name), in the order given:
    /// what the <c>memory</c> verb writes. A library that fails to build throws.
    /// </summary>
    public static List<QuestionMemory.Entry> Learn(IEnumerable<(string Folder, string Queries)> sets, AnswerSource source)
    {
        var entries = new List<QuestionMemory.Entry>();
        foreach (var group in sets.GroupBy(x => x.Folder, StringComparer.Ordinal))
        {
            using var index = new KnowledgeIndex(group.Key);
            if (index.LastBuild is { Succeeded: false } failed)
                throw new InvalidDataException($"{group.Key}: {string.Join("; ", failed.Diagnostics)}");
            var library = LibraryName(group.Key);
            foreach (var (_, queries) in group)
            {
                var rows = EvalQuery.ReadFile(queries);
                entries.AddRange(index.Read(s => Entries(library, s, rows, source).ToList(), []));
            }
        }
        return entries;
    }

    /// <summary>
    /// The sets a sets file names, one per line, <c>LIBRARY_FOLDER&lt;TAB&gt;SET.tsv</c>, both relative to <paramref name="root"/>;
    /// blank lines and lines from # skipped.
    /// </summary>
    public static List<(string Folder, string Queries)> ReadSets(string path, string root)
    {
        var sets = new List<(string, string)>();
        var number = 0;
        foreach (var line in File.ReadAllLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length != 2) throw new FormatException($"{path}:{number}: expected LIBRARY_FOLDER<TAB>SET.tsv");
            sets.Add((Path.Combine(root, parts[0].Trim()), Path.Combine(root, parts[1].Trim())));
        }
        return sets;
    }

    /// <summary>A library's name in the memory: its folder's name.</summary>
    public static string LibraryName(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    /// <summary>The memory entries of one library's answerable questions, in the set's order.</summary>
    public static IEnumerable<QuestionMemory.Entry> Entries(string library, IndexSnapshot snapshot, IReadOnlyList<EvalQuery> queries, AnswerSource source)
    {
        foreach (var q in queries)
        {
            if (!q.Answerable) continue;
            var groups = QuestionGroups(QueryAnalysis.Analyze(snapshot, q.Text, OfferRequest.IsIn(q.Text)));
            if (groups.Count == 0) continue;
            var answer = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (id, grade) in q.Relevant)
            {
                if (grade <= 0 || !snapshot.ById.TryGetValue(id, out var doc)) continue;
                var weight = grade >= 2 ? 1 : PartlyRelevantWeight;
                var analysed = AnalysedDocument.Of(doc, snapshot.IndexAnalyzer);
                var words = source == AnswerSource.Head
                    ? analysed.Title.Terms.Concat(analysed.Tags.Terms).Concat(analysed.Summary.Terms)
                    : analysed.TopicalTerms(2);
                foreach (var w in words)
                {
                    if (IsContentStem(w) && answer.GetValueOrDefault(w) < weight) answer[w] = weight;
                }
            }
            if (answer.Count == 0) continue;
            yield return new QuestionMemory.Entry(library, [.. groups.Select(g => g.ToArray())],
                [.. answer.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => (x.Key, x.Value))]);
        }
    }

    /// <summary>
    /// The question words' groups as <see cref="QuestionMemory"/> reads them: per group, its terms (its own word, translations and
    /// synonyms, compound parts) that are words of three letters or more and no stop words, once, ordinal order; groups left
    /// empty or the same as an earlier one dropped.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> QuestionGroups(IReadOnlyList<QueryTermGroup> groups)
    {
        var result = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var terms = g.AllTerms.Where(IsContentStem).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (terms.Count > 0 && seen.Add(string.Join('|', terms))) result.Add(terms);
        }
        return result;
    }

    // A word, not a number, code or stop word: at least three letters, letters only.
    private static bool IsContentStem(string t)
    {
        if (t.Length < MinStemLength || DutchStopWords.Words.Contains(t)) return false;
        foreach (var c in t)
        {
            if (c is < 'a' or > 'z') return false;
        }
        return true;
    }
}
