using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>Turns a user's text into term groups, never throwing on odd input (quotes, colons, wildcards, nothing).</summary>
public static class QueryAnalysis
{
    public const int MaxGroups = 32;

    /// <summary>A question's word groups as the engine reads them against <paramref name="snapshot"/>: its analyzer, its index and its near terms.</summary>
    public static IReadOnlyList<QueryTermGroup> Analyze(IndexSnapshot snapshot, string? text, bool offerRequest = false) =>
        Analyze(snapshot.QueryAnalyzer, text, snapshot.Reader, snapshot.NearTerms, offerRequest);

    /// <param name="nearTerms">
    /// The library's terms near a word (<see cref="IndexSnapshot.NearTerms"/>). With them, a word one typo from a long stop
    /// word that the library neither uses nor nearly uses is read as that stop word (<see cref="StopWordTypos"/>); without
    /// them a stop word's typo cannot be told from a content word's, and every word stays as typed. A word the library lacks is
    /// also read as a typo of a rule's word only when none of the library's own words is as near to it.
    /// </param>
    /// <param name="offerRequest">
    /// The question is put as a request (<see cref="OfferRequest"/>): a word for a training, a session or a course
    /// (<see cref="LibraryOffer.IsWorkshopWord"/>, as a compound's last part too) asks for the library's workshops and
    /// searches for "workshop" as well.
    /// </param>
    public static IReadOnlyList<QueryTermGroup> Analyze(Analyzer analyzer, string? text, IndexReader reader, Func<string, IReadOnlyCollection<string>>? nearTerms = null,
        bool offerRequest = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (text.Length > 2000) text = text[..2000];
        bool Known(string word) => AnalyzedText.Of(analyzer, IndexFields.Body, word).Terms is [var stem] && DocumentFrequency(reader, stem) > 0;
        text = SmallTalk.Strip(text, Known);
        if (nearTerms is not null) text = StopWordTypos.Correct(text, word => IsLibraryWord(analyzer, word, reader, nearTerms));
        text = SeparableVerbs.Join(text, Known);
        if (analyzer is DutchAnalyzer { Resources.Compounds: { Count: > 0 } compounds }) text = SplitCompounds.Join(text, compounds.IsWord);
        var raw = new List<RawGroup>();
        using (var ts = analyzer.GetTokenStream(IndexFields.Body, new StringReader(text)))
        {
            var term = ts.AddAttribute<ICharTermAttribute>();
            var posInc = ts.AddAttribute<IPositionIncrementAttribute>();
            var type = ts.AddAttribute<ITypeAttribute>();
            ts.Reset();
            while (ts.IncrementToken())
            {
                var t = term.ToString();
                if (t.Length == 0) continue;
                if (posInc.PositionIncrement > 0 || raw.Count == 0) raw.Add(new RawGroup([], []));
                var g = raw[^1];
                var list = type.Type == CompoundSplitFilter.PartType ? g.Parts : g.Alts;
                if (!list.Contains(t)) list.Add(t);
            }
            ts.End();
        }
        var docCount = Math.Max(1, reader.DocFreqOfEntries());
        WithVerbForms(raw, reader, docCount);
        if (analyzer is DutchAnalyzer { Resources.Synonyms: { } synonyms }) raw = WithSynonyms(raw, synonyms, reader, nearTerms);
        if (offerRequest) WithWorkshopAsked(raw);

        var groups = new List<QueryTermGroup>();
        var seen = new HashSet<string>();
        var possessed = PossessedWords.Terms(analyzer, text);
        foreach (var r in raw)
        {
            var (alts, parts, partSynonyms) = r;
            // A group of only parts means its whole word was a stop word ("goedemorgen", "bijvoorbeeld"): its parts
            // ("morgen", "voorbeeld") are no more the question's topic than the whole word was.
            if (alts.Count == 0) continue;
            var alternatives = alts;
            var subParts = parts.Where(p => !alts.Contains(p)).ToList();
            var key = string.Join('|', alternatives.Order());
            if (!seen.Add(key)) continue;
            var dfs = alternatives.Select(a => DocumentFrequency(reader, a)).ToArray();
            var df = dfs.Max();
            IReadOnlyList<string>[] partAlternatives = [.. subParts.Select(p => partSynonyms.GetValueOrDefault(p) ?? [p])];
            var partsDf = subParts.Count == 0 ? 0 : partAlternatives.Min(p => p.Max(a => DocumentFrequency(reader, a)));
            var unknown = df == 0 && partsDf == 0;
            // A misspelt rule word is searched as the rule says but weighs as the unknown word the question typed.
            var unionDf = r.Misspelt ? 0 : UnionFrequency(reader, alternatives);
            groups.Add(new QueryTermGroup(alternatives, subParts)
            {
                Unknown = unknown,
                PartAlternatives = partAlternatives,
                AlternativeBoosts = SharedIdf(dfs, unionDf, docCount),
                // A word the library never uses counts as a rare one: it is what the question is about.
                Weight = Idf(Math.Max(unionDf, Math.Min(partsDf, 1)) is var f && f == 0 ? 1 : f, docCount),
                Possessed = possessed.Count > 0 && alternatives.Any(possessed.Contains),
            });
            if (groups.Count == MaxGroups) break;
        }
        return groups;
    }

    /// <summary>
    /// Whether <paramref name="word"/>, one edit from a stop word, may be the library's own: the library uses one of its
    /// terms, a term one edit from one (as near as the stop word), or a synonym rule for or near one.
    /// </summary>
    /// <remarks>
    /// A library term two edits away loses to the stop word one edit away: "eigelijk" is "eigenlijk" mistyped, not
    /// "eindelijk", which the typo matching would otherwise take it for.
    /// </remarks>
    private static bool IsLibraryWord(Analyzer analyzer, string word, IndexReader reader, Func<string, IReadOnlyCollection<string>> nearTerms)
    {
        var rules = analyzer is DutchAnalyzer { Resources.Synonyms: { } synonyms } ? synonyms : null;
        foreach (var term in AnalyzedText.Of(analyzer, IndexFields.Body, word).Terms)
        {
            if (DocumentFrequency(reader, term) > 0 || rules?.Expand(term) is not null) return true;
            if (!TermMatcher.IsFuzzyCandidate(term)) continue;
            if (rules?.Near(term) is not null) return true;
            foreach (var near in nearTerms(term))
            {
                if (TermMatcher.IsWithin(term, near, 1)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A question word the library barely uses that looks like a past participle or past tense ("gehoord",
    /// "hoorden", "teleurgesteld") also searches the present forms the library does use (<see cref="VerbForms"/>).
    /// Only rare words: a common one is already found as it is, and its present form would add other senses.
    /// </summary>
    private static void WithVerbForms(List<RawGroup> raw, IndexReader reader, int docCount)
    {
        var rare = Math.Max(2, docCount / 25);
        foreach (var r in raw)
        {
            if (r.Alts.Count == 0 || DocumentFrequency(reader, r.Alts[0]) > rare) continue;
            foreach (var c in VerbForms.Candidates(r.Alts[0]))
            {
                if (!r.Alts.Contains(c) && DocumentFrequency(reader, c) > 0) r.Alts.Add(c);
            }
        }
    }

    // A request for a training, a session or a course asks for the library's workshops: the word searches for "workshop" too.
    private static void WithWorkshopAsked(List<RawGroup> raw)
    {
        foreach (var r in raw)
        {
            if (r.Alts.Contains(LibraryOffer.WorkshopName)) continue;
            if (r.Alts.Exists(LibraryOffer.IsWorkshopWord) || (r.Parts.Count > 1 && LibraryOffer.IsWorkshopWord(r.Parts[^1]))) r.Alts.Add(LibraryOffer.WorkshopName);
        }
    }

    private sealed record RawGroup(List<string> Alts, List<string> Parts)
    {
        /// <summary>The question's word is not in the library but near a word of the synonym list, whose rule it got.</summary>
        public bool Misspelt { get; init; }

        /// <summary>A compound part -> the part and its synonyms.</summary>
        public Dictionary<string, List<string>> PartSynonyms { get; } = new(StringComparer.Ordinal);

        public void Deconstruct(out List<string> alts, out List<string> parts, out Dictionary<string, List<string>> partSynonyms) =>
            (alts, parts, partSynonyms) = (Alts, Parts, PartSynonyms);
    }

    /// <summary>
    /// Boosts that give a word and its synonyms one shared rarity, as if the library used one word for them all:
    /// scored each on its own, the library's rarer spelling ("burger" beside the common "inwoner") would outweigh
    /// the one a tip happens to use.
    /// </summary>
    private static float[]? SharedIdf(int[] dfs, int unionDf, int docCount)
    {
        if (dfs.Length < 2 || unionDf == 0) return null;
        var shared = Idf(unionDf, docCount);
        return [.. dfs.Select(df => df == 0 ? 1f : (float)(shared / Idf(df, docCount)))];
    }

    private static readonly ConditionalWeakTable<IndexReader, BoundedCache<string, int>> UnionCache = new();
    private const int MaxCachedUnions = 4096;
    private const int MaxCountedPostings = 20_000;

    /// <summary>In how many whole documents any of <paramref name="alternatives"/> occurs (a phrase by its rarest word); cached per reader.</summary>
    /// <remarks>What a word's rarity was when synonyms were indexed with the documents: the documents of the whole synonym set.</remarks>
    public static int UnionFrequency(IndexReader reader, IReadOnlyList<string> alternatives)
    {
        if (alternatives.Count == 1) return DocumentFrequency(reader, alternatives[0]);
        // Counting the union reads every posting of every alternative; in a large index (100,000 tips) that is most of a
        // question's time for common words, so beyond a few thousand postings the union is estimated as if the words
        // occurred independently (an overestimate when synonyms share documents, i.e. a slightly lower weight).
        var dfs = alternatives.Select(a => DocumentFrequency(reader, a)).ToArray();
        if (dfs.Sum() > MaxCountedPostings)
        {
            var n = Math.Max(1, reader.DocFreqOfEntries());
            var none = dfs.Aggregate(1.0, (p, df) => p * (1 - Math.Min(1.0, (double)df / n)));
            return (int)Math.Round(n * (1 - none));
        }
        var cache = UnionCache.GetValue(reader, _ => new BoundedCache<string, int>(MaxCachedUnions, StringComparer.Ordinal));
        return cache.GetOrAdd(string.Join('|', alternatives), _ => CountUnion(reader, alternatives));
    }

    /// <summary>
    /// Counts ahead of the questions the shared rarity (<see cref="UnionFrequency"/>) of each one-word rule's expansion, as
    /// a question with that word asks it, until <paramref name="stop"/> says the index is gone.
    /// </summary>
    /// <remarks>
    /// A synonym group new to the reader read the postings of all its words (up to 20,000) on the question's path: 0.3-1 ms,
    /// the largest part of the slowest analyses. The counts go to the same bounded cache, under the same keys.
    /// </remarks>
    public static void WarmUnions(IndexReader reader, SynonymRules rules, Func<bool> stop)
    {
        foreach (var key in rules.Keys)
        {
            if (stop()) return;
            if (key.Contains(' ')) continue;
            var alternatives = Expand([key], rules);
            if (alternatives.Count > 1) UnionFrequency(reader, alternatives);
        }
    }

    /// <summary>The whole documents that have any of <paramref name="alternatives"/>, counted from their postings.</summary>
    private static int CountUnion(IndexReader reader, IReadOnlyList<string> alternatives)
    {
        // One bit per entry is 62 KB at 100,000 tips: the thread keeps its set and clears it after each count instead
        // of a new one per new synonym group.
        var size = Math.Max(1, reader.MaxDoc);
        var docs = UnionDocs is { } kept && kept.Length == size ? kept : UnionDocs = new FixedBitSet(size);
        // The postings are read per segment through cursors kept per reader: a reader-wide postings look-up made a merged
        // view and a dictionary cursor per segment, field and word, 200-400 KB for a group of five words.
        var leaves = reader.Context.Leaves;
        var bag = UnionCursorsByReader.GetValue(reader, _ => []);
        if (!bag.TryTake(out var cursors)) cursors = new UnionCursors(TextFields.Length * leaves.Count);
        try
        {
            foreach (var a in alternatives)
            {
                var term = a.Contains(' ') ? Words(a).MinBy(w => DocumentFrequency(reader, w))! : a;
                var bytes = new BytesRef(term);
                for (var f = 0; f < TextFields.Length; f++)
                {
                    for (var l = 0; l < leaves.Count; l++)
                    {
                        var slot = f * leaves.Count + l;
                        var termsEnum = cursors.Terms[slot];
                        if (termsEnum is null)
                        {
                            if (leaves[l].AtomicReader.GetTerms(TextFields[f]) is not { } terms) continue;
                            termsEnum = cursors.Terms[slot] = terms.GetEnumerator();
                        }
                        if (!termsEnum.SeekExact(bytes)) continue;
                        var postings = cursors.Docs[slot] = termsEnum.Docs(null, cursors.Docs[slot], DocsFlags.NONE);
                        var docBase = leaves[l].DocBase;
                        while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) docs.Set(docBase + postings.DocID);
                    }
                }
            }
            return (int)docs.Cardinality;
        }
        finally
        {
            docs.Clear(0, size);
            bag.Add(cursors);
        }
    }

    /// <summary>A dictionary cursor and a postings reader per whole-document field and segment (field-major), for one counting thread at a time.</summary>
    private sealed class UnionCursors(int slots)
    {
        public TermsEnum?[] Terms { get; } = new TermsEnum?[slots];
        public DocsEnum?[] Docs { get; } = new DocsEnum?[slots];
    }

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentBag<UnionCursors>> UnionCursorsByReader = new();

    [ThreadStatic]
    private static FixedBitSet? UnionDocs;

    /// <summary>
    /// Expands the question's words by the synonym rules: a phrase of several words that has a rule becomes one group
    /// of its replacements (the longest phrase wins), a single word gets its rule's words beside it.
    /// </summary>
    private static List<RawGroup> WithSynonyms(List<RawGroup> raw, SynonymRules rules, IndexReader reader, Func<string, IReadOnlyCollection<string>>? nearTerms)
    {
        var result = new List<RawGroup>(raw.Count);
        for (var i = 0; i < raw.Count;)
        {
            var matched = 0;
            for (var n = Math.Min(rules.LongestKey, raw.Count - i); n >= 2 && matched == 0; n--)
            {
                if (raw.Skip(i).Take(n).Any(g => g.Alts.Count == 0)) continue;
                var words = string.Join(' ', raw.Skip(i).Take(n).Select(g => g.Alts[0]));
                if (rules.Expand(words) is not { } phrase) continue;
                // Each word of the phrase stays its own group (as weighty as before) and each accepts the other phrases
                // of the rule, as when a document's "afwijzing" was indexed as "slecht nieuws" too.
                var others = phrase.Where(p => p != words).ToList();
                var keep = others.Count < phrase.Count;
                for (var k = i; k < i + n; k++)
                {
                    result.Add(new RawGroup([.. keep ? raw[k].Alts : [], .. others], raw[k].Parts));
                }
                matched = n;
            }
            if (matched > 0)
            {
                i += matched;
                continue;
            }
            var (alts, parts) = raw[i];
            var group = new RawGroup(Expand(alts, rules), parts);
            if (group.Alts.Count == 1 && parts.Count == 0 && rules.Expand(group.Alts[0]) is null && TermMatcher.IsFuzzyCandidate(group.Alts[0])
                && DocumentFrequency(reader, group.Alts[0]) == 0 && !IsFormedFromLibraryWord(group.Alts[0], reader)
                && rules.Near(group.Alts[0], out var distance) is { } near && !LibraryHasOtherAsNear(group.Alts[0], distance, near, nearTerms))
            {
                group = new RawGroup([group.Alts[0], .. near.Where(n => n != group.Alts[0])], parts) { Misspelt = true };
            }
            foreach (var p in parts)
            {
                if (rules.Expand(p) is not null) group.PartSynonyms[p] = Expand([p], rules);
            }
            result.Add(group);
            i++;
        }
        return result;
    }

    /// <summary>
    /// Whether the library uses a word as near to the misspelt <paramref name="word"/> as the rule's key is, other than one the
    /// rule searches: "beler" is "beller" mistyped, a word of the library, before it is "beleving" (a rule's key one letter
    /// away); the library's word is then found as the near form of an unknown word.
    /// </summary>
    private static bool LibraryHasOtherAsNear(string word, int ruleDistance, IReadOnlyList<string> rule, Func<string, IReadOnlyCollection<string>>? nearTerms)
    {
        if (nearTerms is null) return false;
        foreach (var term in nearTerms(word))
        {
            if (!rule.Contains(term) && TermMatcher.EditDistance(word, term) <= ruleDistance) return true;
        }
        return false;
    }

    /// <summary>A word the library lacks that is a prefix before a word it uses is a real word, not a typo of a rule's word (<see cref="PrefixedWords"/>).</summary>
    private static bool IsFormedFromLibraryWord(string stem, IndexReader reader) =>
        PrefixedWords.IsFormed(stem, rest => IsLibraryOrStopWord(reader, rest));

    /// <summary>Whether <paramref name="stem"/> is a word of the library's documents or a stop word: what may follow a prefix in a real word (<see cref="PrefixedWords"/>).</summary>
    public static bool IsLibraryOrStopWord(IndexReader reader, string stem) => DocumentFrequency(reader, stem) > 0 || DutchStopWords.Surface.Contains(stem);

    private static List<string> Expand(List<string> words, SynonymRules rules)
    {
        var expanded = new List<string>();
        foreach (var a in words)
        {
            foreach (var e in rules.Expand(a) ?? [a])
            {
                if (!expanded.Contains(e)) expanded.Add(e);
            }
        }
        return expanded;
    }

    /// <summary>The words of an alternative: one term, or the words of a phrase from the synonym list.</summary>
    public static string[] Words(string alternative) => alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>In how many whole documents a term occurs, in any searched field (for a phrase: its rarest word, an upper bound).</summary>
    public static int DocumentFrequency(IndexReader reader, string term)
    {
        if (term.Contains(' ')) return Words(term).Min(w => DocumentFrequency(reader, w));
        return FieldFrequencies.MaxOverDocumentFields(reader, term);
    }

    private static readonly string[] TextFields = [IndexFields.Title, IndexFields.Tags, IndexFields.Summary, IndexFields.Body];

    public static double Idf(int df, int docCount) => Math.Log(1 + (docCount - df + 0.5) / (df + 0.5));

    private static int DocFreqOfEntries(this IndexReader reader) => FieldFrequencies.DocumentCount(reader);
}
