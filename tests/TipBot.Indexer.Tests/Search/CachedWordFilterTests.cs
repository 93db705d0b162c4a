using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class CachedWordFilterTests
{
    private static readonly IReadOnlyList<KnowledgeDocument> Library = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents;
    private static readonly SearchResources Resources = SearchResources.ForLibrary(Library, null, null, new List<Diagnostic>());

    // Stop words first, last, in a row and between compounds; compound parts; possessives; a number; a token longer
    // than the tokenizer's limit (skipped, so the next token's position jumps).
    private const string Awkward =
        "De en het burgerparticipatie van de en klantcontactcentrum collega's van het. Persona's en de 2026 " +
        "inwonersavond over de overheid en de wijkbijeenkomst van de";

    [Fact]
    public void TheIndexChainGivesTheSameTokensWithAndWithoutTheCache()
    {
        using var cached = new DutchAnalyzer(Resources, AnalysisMode.Index);
        using var plain = new DutchAnalyzer(Resources, AnalysisMode.Index, cacheWords: false);
        var texts = Library.SelectMany(d => new[] { d.Title, d.Summary, d.Body })
            .Append(Awkward)
            .Append(Awkward + " " + new string('x', 300) + " burgers en de")
            .ToList();
        var tokens = 0;
        // Twice: the second round answers every word from the cache.
        foreach (var text in texts.Concat(texts))
        {
            var expected = Tokens(plain, text);
            Assert.Equal(expected, Tokens(cached, text));
            tokens += expected.Count;
        }
        Assert.True(tokens > 10_000, $"only {tokens} tokens compared");
    }

    [Fact]
    public void TheWordByWordChainGivesTheIndexChainsTokensWordForWord()
    {
        // Snippets analyse one word at a time through the chain without per-word tables (WordTerms remembers the words).
        using var cached = new DutchAnalyzer(Resources, AnalysisMode.Index);
        using var wordByWord = DutchAnalyzer.WordByWord(Resources);
        var words = Library.SelectMany(d => new[] { d.Title, d.Summary, d.Body })
            .Append(Awkward)
            .SelectMany(text => text.Split([' ', '\n', '.', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var compounds = 0;
        // Twice: the second round meets every word again (the cached chain answers from its tables).
        foreach (var word in words.Concat(words))
        {
            var expected = Tokens(cached, word);
            Assert.Equal(expected, Tokens(wordByWord, word));
            if (expected.Any(t => t.Type == CompoundSplitFilter.PartType)) compounds++;
        }
        Assert.True(words.Count > 10_000, $"only {words.Count} words compared");
        Assert.True(compounds > 100, $"only {compounds} compounds compared");
    }

    [Fact]
    public void ADroppedWordsPositionMovesToTheNextKeptWord()
    {
        using var cached = new DutchAnalyzer(Resources, AnalysisMode.Index);
        var tokens = Tokens(cached, "burgers en de van inwoners");
        Assert.Equal(3, tokens.Count);
        Assert.Equal(4, tokens[1].Increment);
        Assert.Equal("end", tokens[^1].Term);
    }

    [Fact]
    public void TextsOfLatinLettersAnalysedWordByWordAsWrittenGetTheChainsTermsAndPositions()
    {
        // AnalyzedText.Of lets the filter replay the words of such a text as written (CachedWordFilter.ReplayWords): the
        // same terms and increments as the chain gives, through a word's second occurrence in another case, stop words in a
        // row, compounds, accents that fold to two letters (ß, æ) and the signs that join words.
        using var cached = new DutchAnalyzer(Resources, AnalysisMode.Index);
        using var plain = new DutchAnalyzer(Resources, AnalysisMode.Index, cacheWords: false);
        var random = new Random(20261127);
        string[] vocabulary =
        [
            "De", "de", "EN", "en", "het", "van", "burgerparticipatie", "Burgerparticipatie", "klantcontactcentrum", "collega's",
            "Persona's", "2026", "3,5", "o.a.", "e-mail", "a:b", "x_y", "_", "café", "CAFÉ", "naïef", "coöperatie", "Straße",
            "Æther", "inwonersavond", "wijkbijeenkomst", "overheid", "burgers", "Burgers", "brieven", "huizen", "ÿ", "ÀÉÎÕÜ",
        ];
        string[] separators = [" ", " ", " ", ", ", ". ", "\n", " - ", " (", ") ", "; ", "! ", "? ", ": ", "'"];
        var texts = Library.SelectMany(d => d.Sections.Select(x => PlainText.FromMarkdown(x.Text)).Append(d.Title).Append(d.Summary))
            .Append(Awkward)
            .Concat(Enumerable.Range(0, 2_000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => vocabulary[random.Next(vocabulary.Length)] + separators[random.Next(separators.Length)]))))
            .ToList();
        var replayed = 0;
        var tokens = 0;
        foreach (var text in texts.Concat(texts))
        {
            if (!LatinWordBreaks.Handles(text)) continue;
            replayed++;
            var expected = Tokens(plain, text).SkipLast(1).Select(t => (Utf8(t.Term), t.Increment)).ToList();
            Assert.Equal(expected, Replayed(AnalyzedText.Of(cached, IndexFields.Body, text, withBytes: true)));
            Assert.Equal(expected, Replayed(AnalyzedText.Of(cached, IndexFields.Body, text, withBytes: false)));
            tokens += expected.Count;
        }
        Assert.True(replayed > texts.Count && tokens > 50_000, $"only {replayed} texts and {tokens} tokens compared");
    }

    private static string Utf8(string term)
    {
        var bytes = new BytesRef(term);
        return Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    /// <summary>The terms (as UTF-8, in hexadecimal) and increments the index writer reads from <paramref name="text"/>.</summary>
    private static List<(string, int)> Replayed(AnalyzedText text)
    {
        var stream = new AnalyzedText.ReplayStream(text);
        var term = stream.GetAttribute<ITermToBytesRefAttribute>();
        var increment = stream.GetAttribute<IPositionIncrementAttribute>();
        var tokens = new List<(string, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            term.FillBytesRef();
            tokens.Add((Convert.ToHexString(term.BytesRef.Bytes, term.BytesRef.Offset, term.BytesRef.Length), increment.PositionIncrement));
        }
        return tokens;
    }

    private sealed record Token(string Term, int Increment, int Start, int End, string Type, bool Keyword);

    /// <summary>Every token with every attribute the chain sets, then the state after End() as a last token named "end".</summary>
    private static List<Token> Tokens(Analyzer analyzer, string text)
    {
        using var ts = analyzer.GetTokenStream(IndexFields.Body, new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        var posInc = ts.AddAttribute<IPositionIncrementAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        var type = ts.AddAttribute<ITypeAttribute>();
        var keyword = ts.AddAttribute<IKeywordAttribute>();
        var tokens = new List<Token>();
        ts.Reset();
        while (ts.IncrementToken()) tokens.Add(new Token(term.ToString(), posInc.PositionIncrement, offset.StartOffset, offset.EndOffset, type.Type, keyword.IsKeyword));
        ts.End();
        tokens.Add(new Token("end", posInc.PositionIncrement, offset.StartOffset, offset.EndOffset, "", false));
        return tokens;
    }
}
