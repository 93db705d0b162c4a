using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>Snippets read as one text with sentence ranges must equal the sentence-by-sentence listing path, awkward texts included.</summary>
public sealed class SnippetPathTests : IDisposable
{
    private static readonly string[] AwkwardTexts =
    [
        "Bijv. een brief. O.A. de balie! M.A.W. kort? Dr. Jansen en K. de Vries bellen. Het kost 3.5 uur of 3,5 uur.",
        "Eerste regel\nTweede regel. Nog een zin.\n\n- een lijstje\n- met **vet** en _schuin_\n1. genummerd",
        "İ. Kelvin \u212A. Ét. é\u0301n cafe\u0301. \u0301los teken. Zachte\u00ADhyphen. e-mail, co-creëren, KCC's en burger-participatie.",
        "Zin zonder punt aan het eind " + new string('x', 300) + " en daarna. Nog een " + new string('y', 260) + ".",
        "| kolom | waarde |\n|---|---|\n| inwoners | bellen |\n\nEen [link](https://example.org/inwoners) en ![beeld](a.png) en <b>html</b>.",
        "Vraag? Antwoord! Zin... En dan.Daarna zonder spatie. Afsluiting .",
        "  \n  ",
        "",
    ];

    private readonly TipSearchEngine _engine =
        TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void SentencesEqualTheOldSplitOnTheLibraryAndAwkwardTexts()
    {
        var texts = _engine.Documents.SelectMany(d => d.Sections.Select(x => x.Text).Append(d.Body).Append(d.Summary)).Concat(AwkwardTexts);
        var sentences = 0;
        foreach (var markdown in texts)
        {
            var plain = PlainText.FromMarkdown(markdown);
            var expected = OldSentences(plain);
            Assert.Equal(expected, PlainText.Sentences(plain));
            sentences += expected.Count;
        }
        Assert.True(sentences > 1_000, $"only {sentences} sentences compared");
    }

    [Fact]
    public void SnippetsOfTheWholeTextEqualTheListingPath()
    {
        var s = _engine.Snapshot;
        var words = new WordTerms(s.IndexAnalyzer);
        var root = RepositoryRoot.Find();
        var questions = EvalQuery.ReadFile(Path.Combine(root, "tests", "eval", "holdout.tsv")).Select(q => q.Text)
            .Concat(["inwoners bellen kort", "boze inwnoers balie", "e-mail kelvin cafe", "brief jansen vries uur", "kolom waarde link html", "zachtehyphen los teken"])
            .ToList();
        var texts = _engine.Documents.SelectMany(d => d.Sections.Select(x => x.Text)).Take(120).Concat(AwkwardTexts).ToList();
        var marked = 0;
        foreach (var question in questions)
        {
            var groups = QueryAnalysis.Analyze(s, question);
            var terms = new TermMatcher(groups, s.NearTerms).MatchingTerms(new HashSet<string>());
            foreach (var text in texts)
            {
                var expected = SnippetBuilder.Build(SnippetBuilder.Analyse(text, s.IndexAnalyzer), terms, groups);
                Assert.Equal(expected, SnippetBuilder.Build(text, words, terms, groups));
                if (expected.Contains("**", StringComparison.Ordinal)) marked++;
            }
        }
        Assert.True(marked > 200, $"only {marked} snippets with marks compared");
    }

    [Fact]
    public void SnippetsThatStopAtTheSectionsGroupsEqualTheWholeRead()
    {
        var s = _engine.Snapshot;
        var words = new WordTerms(s.IndexAnalyzer);
        var compared = 0;
        var bounded = 0;
        var boundedWithNearTerms = 0;
        // And a misspelt word in every third question: its near terms are read for every document at once.
        foreach (var (text, terms, groups, matcher, mask) in SectionsPerQuestion(misspeltEvery: 3))
        {
            var expected = SnippetBuilder.Build(text, words, terms, groups);
            Assert.Equal(expected, SnippetBuilder.Build(text, words, terms, groups, mask));
            // The groups read from the index are those the section's own tokens hold.
            Assert.Equal(ListedGroups(text, terms), mask);
            compared++;
            if (mask == 0) continue;
            bounded++;
            if (matcher.DependsOnDocument && terms.Keys.Any(t => !matcher.MatchingTerms(new HashSet<string>()).ContainsKey(t) && HasToken(text, t))) boundedWithNearTerms++;
        }
        Assert.True(compared > 5_000 && bounded > 500 && boundedWithNearTerms > 20, $"{compared} snippets compared, {bounded} with groups, {boundedWithNearTerms} by near terms");

        bool HasToken(string text, string term) => SnippetBuilder.Analyse(text, s.IndexAnalyzer).Tokens.Any(tokens => tokens.Any(t => t.Term == term));

        ulong ListedGroups(string text, IReadOnlyDictionary<string, int> terms)
        {
            ulong mask = 0;
            foreach (var tokens in SnippetBuilder.Analyse(text, s.IndexAnalyzer).Tokens)
            {
                foreach (var t in tokens)
                {
                    if (terms.TryGetValue(t.Term, out var g)) mask |= 1UL << g;
                }
            }
            return mask;
        }
    }

    [Fact]
    public async Task SnippetsFromTheLearntTokensEqualTheTextRead()
    {
        var s = _engine.Snapshot;
        await s.Warmed.WaitAsync(TimeSpan.FromMinutes(1));
        var words = new WordTerms(s.IndexAnalyzer);
        var compared = 0;
        var marked = 0;
        foreach (var (text, terms, groups, _, mask) in SectionsPerQuestion(misspeltEvery: 3))
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var tokens = s.SectionTokens.Of(text);
            Assert.NotNull(tokens);
            // Read to the end, and stopped early at the section's groups.
            var expected = SnippetBuilder.Build(text, words, terms, groups);
            Assert.Equal(expected, SnippetBuilder.Build(text, words, terms, groups, tokens: tokens));
            Assert.Equal(SnippetBuilder.Build(text, words, terms, groups, mask), SnippetBuilder.Build(text, words, terms, groups, mask, tokens));
            compared++;
            if (expected.Contains("**", StringComparison.Ordinal)) marked++;
        }
        Assert.True(compared > 5_000 && marked > 500, $"{compared} snippets compared, {marked} with marks");
    }

    [Fact]
    public void HitSnippetsEqualTheWholeReadOfTheirSection()
    {
        var s = _engine.Snapshot;
        var words = new WordTerms(s.IndexAnalyzer);
        var compared = 0;
        var withoutGroups = 0;
        foreach (var question in Questions(misspeltEvery: 2))
        {
            var groups = QueryAnalysis.Analyze(s, question);
            var matcher = new TermMatcher(groups, s.NearTerms);
            foreach (var hit in _engine.Search(new SearchQuery(question) { Top = 10 }).Hits)
            {
                var d = _engine.Get(hit.Id)!;
                var shown = Enumerable.Range(0, d.Sections.Count).Where(i => d.Sections[i].Heading == hit.Section && d.Sections[i].Text.Trim().Length > 0).ToList();
                if (shown.Count != 1) continue;
                var text = d.Sections[shown[0]].Text;
                Assert.Equal(SnippetBuilder.Build(text, words, matcher.MatchingTerms(s.TermsOf(d)), groups), hit.Snippet);
                compared++;
                // A page document whose sections hold none of the question's words shows its first one, read with no group to find.
                using var lease = s.Postings.Rent();
                var entries = s.SectionEntriesOf(d.Id).ToArray();
                if (SectionGroups.Read(s, entries, matcher.AllMatchingTerms()!, lease)!.All(m => m == 0)) withoutGroups++;
            }
        }
        Assert.True(compared > 1_000 && withoutGroups > 50, $"{compared} hits compared, {withoutGroups} in documents whose sections hold none of the question's groups");
    }

    // The questions of queries.tsv and holdout.tsv, and every n-th of them again with a misspelt word (Misspelt).
    private static List<string> Questions(int misspeltEvery)
    {
        var root = RepositoryRoot.Find();
        var questions = new[] { "queries.tsv", "holdout.tsv" }.SelectMany(f => EvalQuery.ReadFile(Path.Combine(root, "tests", "eval", f))).Select(q => q.Text).ToList();
        questions.AddRange(questions.Where((_, i) => i % misspeltEvery == 0).Select(Misspelt).ToList());
        return questions;
    }

    // For each question with words (Questions) and each section of the library with text: the section's text, its
    // matching terms, the question's groups and matcher, and the groups the index says the section holds (SectionGroups).
    private IEnumerable<(string Text, IReadOnlyDictionary<string, int> Terms, IReadOnlyList<QueryTermGroup> Groups, TermMatcher Matcher, ulong Mask)> SectionsPerQuestion(int misspeltEvery)
    {
        var s = _engine.Snapshot;
        var entries = _engine.Documents.SelectMany(d => s.SectionEntriesOf(d.Id)).Distinct().Order().ToArray();
        foreach (var question in Questions(misspeltEvery))
        {
            var groups = QueryAnalysis.Analyze(s, question);
            var matcher = new TermMatcher(groups, s.NearTerms);
            if (groups.Count == 0) continue;
            using var lease = s.Postings.Rent();
            var masks = SectionGroups.Read(s, entries, matcher.AllMatchingTerms()!, lease)!;
            for (var i = 0; i < entries.Length; i++)
            {
                var d = _engine.Get(s.IdOf(entries[i])!)!;
                var text = d.Sections[s.SectionIndexOf(entries[i])].Text;
                if (text.Length == 0) continue;
                yield return (text, matcher.MatchingTerms(s.TermsOf(d)), groups, matcher, masks[i]);
            }
        }
    }

    // The longest word with its third and fourth letters swapped, as a hurried typist would.
    private static string Misspelt(string question)
    {
        var words = question.Split(' ');
        var longest = words.MaxBy(w => w.Length)!;
        if (longest.Length < 5) return question;
        var i = Array.IndexOf(words, longest);
        words[i] = longest[..2] + longest[3] + longest[2] + longest[4..];
        return string.Join(' ', words);
    }

    // The split as it was: a string per sentence, abbreviations compared as lower-cased strings.
    private static List<(int Start, string Text)> OldSentences(string plain)
    {
        var sentences = new List<(int, string)>();
        var start = 0;
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            var end = c == '\n'
                || ((c is '.' or '!' or '?') && (i + 1 == plain.Length || char.IsWhiteSpace(plain[i + 1])) && !IsAbbreviation(plain, start, i));
            if (!end) continue;
            Add(start, c == '\n' ? i : i + 1);
            start = i + 1;
        }
        Add(start, plain.Length);
        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(plain[from])) from++;
            while (to > from && char.IsWhiteSpace(plain[to - 1])) to--;
            if (to > from) sentences.Add((from, plain[from..to]));
        }
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.') return false;
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..(dot + 1)].ToLowerInvariant();
        return word is "bijv." or "bv." or "o.a." or "m.a.w." or "d.w.z." or "e.d." or "etc." or "evt." or "incl." or "nl." or "ca." or "zgn." or "e.g." or "i.e."
            || (word.Length <= 3 && word.Count(char.IsLetter) == 1 && char.IsLetter(word[0]) && word.Length == 2 && char.IsUpper(text[wordStart]));
    }
}
