using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
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
