using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The plain scan must find exactly the words (and offsets) Lucene's tokenizer finds, in every text it takes on.</summary>
public sealed class LatinWordBreaksTests
{
    // The signs the rules treat apart, letters with and without accents, digits, white space and a few breaking signs.
    private const string Alphabet = "abZé1 2.',:;_-\n\"!/ÿ";

    [Fact]
    public void RandomTextsOfTheSignsTheRulesTreatApartGiveTheTokenizersWords()
    {
        var random = new Random(20261126);
        var handled = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var chars = new char[random.Next(1, 24)];
            for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            var text = new string(chars);
            if (!LatinWordBreaks.Handles(text)) continue;
            Assert.Equal(TokenizerWords(text), ScannedWords(text));
            handled++;
        }
        Assert.Equal(30_000, handled);
    }

    [Fact]
    public void TheLibrarysTextsGiveTheTokenizersWords()
    {
        var documents = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents;
        var texts = documents.SelectMany(d => d.Sections.Select(x => x.Text).Append(d.Body).Append(d.Summary).Append(d.Title)).Select(PlainText.FromMarkdown).ToList();
        var handled = 0;
        var words = 0;
        foreach (var text in texts)
        {
            if (!LatinWordBreaks.Handles(text)) continue;
            var expected = TokenizerWords(text);
            Assert.Equal(expected, ScannedWords(text));
            handled++;
            words += expected.Count;
        }
        Assert.True(handled > texts.Count / 2 && words > 10_000, $"{handled} of {texts.Count} texts, {words} words compared");
    }

    [Theory]
    [InlineData("naïef café", true)]
    [InlineData("e-mail 3,5 uur o.a. KCC's: a:b 1.a a.1 __ _x x_ 1_2", true)]
    [InlineData("hij zei ‘ja’", false)]
    [InlineData("Zachte\u00ADhyphen", false)]
    [InlineData("2 × 3", false)]
    [InlineData("İstanbul", false)]
    public void TakesOnOnlyTextsOfItsSigns(string text, bool handles)
    {
        Assert.Equal(handles, LatinWordBreaks.Handles(text));
        if (handles) Assert.Equal(TokenizerWords(text), ScannedWords(text));
    }

    [Fact]
    public void LeavesWordsLongerThanTheTokenizerKeepsToIt()
    {
        var longest = new string('a', 255);
        Assert.True(LatinWordBreaks.Handles("kort " + longest + " kort"));
        Assert.Equal(TokenizerWords("kort " + longest + " kort"), ScannedWords("kort " + longest + " kort"));
        Assert.False(LatinWordBreaks.Handles("kort " + longest + "a kort"));
    }

    private static List<(string, int, int)> TokenizerWords(string text)
    {
        var words = new List<(string, int, int)>();
        using var tokenizer = new StandardTokenizer(DutchAnalyzer.Version, new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken()) words.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        tokenizer.End();
        return words;
    }

    private static List<(string, int, int)> ScannedWords(string text)
    {
        var sink = new Collect(text, []);
        LatinWordBreaks.Words(text, ref sink);
        return sink.Words;
    }

    private readonly struct Collect(string text, List<(string, int, int)> words) : LatinWordBreaks.IWordSink
    {
        public List<(string, int, int)> Words => words;

        public bool Done => false;

        public void Word(int start, int end) => words.Add((text[start..end], start, end));
    }
}
