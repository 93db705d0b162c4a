using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace TipBot.Indexer.Search;

/// <summary>
/// A text's index terms with their offsets, from the words' own analysis remembered per word: after the tokenizer every
/// step of <see cref="DutchAnalyzer"/> (case, accents, compound parts, stemming, stop words) looks at one word at a time,
/// so a word is analysed once per snapshot instead of in every sentence of every snippet.
/// </summary>
public sealed class WordTerms
{
    /// <summary>Bounds the memory; a library's vocabulary (tens of thousands of word forms) fits.</summary>
    public const int MaxWords = 200_000;

    private readonly Analyzer _analyzer;
    private readonly Analyzer _tokenizer = new TokenizerOnly();
    private readonly BoundedCache<string, string[]> _terms;
    private readonly int _maxWords;

    /// <param name="analyzer">The index-side analyzer whose terms the text must get (its tokenizer is <see cref="StandardTokenizer"/>).</param>
    /// <param name="expectedWords">How many distinct words to make room for up front, so the table does not grow during searches.</param>
    /// <param name="maxWords">How many words it remembers before it forgets them all and starts again.</param>
    public WordTerms(Analyzer analyzer, int expectedWords = 0, int maxWords = MaxWords)
    {
        _analyzer = analyzer;
        _maxWords = maxWords;
        _terms = new BoundedCache<string, string[]>(maxWords, StringComparer.Ordinal, expectedWords);
    }

    /// <summary>
    /// Whether words may still be learnt ahead of the snippets that will read them (<see cref="SectionTokens.Learn"/>): not once
    /// half the words it can remember are known, so the rest is left to the questions and learning never makes it forget.
    /// </summary>
    public bool CanLearn => _terms.Count < _maxWords / 2;

    /// <summary>Whether the terms of <paramref name="word"/> are known without analysing it.</summary>
    internal bool Knows(string word) => _terms.TryGetValue(word, out _);

    /// <summary>The tokens <paramref name="analyzer"/> would give <paramref name="text"/>: each term with its word's offsets.</summary>
    public SnippetToken[] Tokens(string text)
    {
        var collect = new Collect(new List<SnippetToken>(text.Length / 6 + 4));
        Visit(text, ref collect);
        return [.. collect.Tokens];
    }

    /// <summary>Hands each token of <paramref name="text"/> (as <see cref="Tokens"/> lists them, in order) to <paramref name="visitor"/>, without a list.</summary>
    public void Visit<TVisitor>(string text, ref TVisitor visitor) where TVisitor : struct, ITokenVisitor
    {
        if (LatinWordBreaks.Handles(text))
        {
            var sink = new WordSink<TVisitor>(this, text, ref visitor);
            LatinWordBreaks.Words(text, ref sink);
            return;
        }
        using var ts = _tokenizer.GetTokenStream(IndexFields.Text, new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        ts.Reset();
        while (!visitor.Done && ts.IncrementToken())
        {
            foreach (var t in OfWord(new ReadOnlySpan<char>(term.Buffer, 0, term.Length))) visitor.Token(t, offset.StartOffset, offset.EndOffset);
        }
        ts.End();
    }

    /// <summary>
    /// Hands <paramref name="tokens"/> (a text's, as <see cref="Tokens"/> listed them) to <paramref name="visitor"/> as
    /// <see cref="Visit"/> would hand that text's: whether it is done is asked before each word, not between one word's terms.
    /// </summary>
    public static void Replay<TVisitor>(SnippetToken[] tokens, ref TVisitor visitor) where TVisitor : struct, ITokenVisitor
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var (term, start, end) = tokens[i];
            if ((i == 0 || start != tokens[i - 1].Start) && visitor.Done) return;
            visitor.Token(term, start, end);
        }
    }

    /// <summary>The terms of each word <see cref="LatinWordBreaks"/> finds, handed on to a token visitor.</summary>
    private ref struct WordSink<TVisitor> : LatinWordBreaks.IWordSink where TVisitor : struct, ITokenVisitor
    {
        private readonly WordTerms _words;
        private readonly string _text;
        private ref TVisitor _visitor;

        public WordSink(WordTerms words, string text, ref TVisitor visitor)
        {
            _words = words;
            _text = text;
            _visitor = ref visitor;
        }

        public readonly bool Done => _visitor.Done;

        public readonly void Word(int start, int end)
        {
            foreach (var t in _words.OfWord(_text.AsSpan(start, end - start))) _visitor.Token(t, start, end);
        }
    }

    /// <summary>Receives the tokens of a text from <see cref="Visit"/>.</summary>
    public interface ITokenVisitor
    {
        void Token(string term, int start, int end);

        /// <summary>True when the visitor needs no more tokens: the rest of the text is not read.</summary>
        bool Done => false;
    }

    private readonly struct Collect(List<SnippetToken> tokens) : ITokenVisitor
    {
        public List<SnippetToken> Tokens => tokens;

        public bool Done => false;

        public void Token(string term, int start, int end) => tokens.Add(new SnippetToken(term, start, end));
    }

    /// <summary>The index terms of one word as the tokenizer cut it (the word, its compound parts; none for a stop word).</summary>
    public string[] Of(string word) => _terms.GetOrAdd(word, Analyse);

    // A known word is looked up by its characters: a new string per word was most of a snippet's garbage.
    private string[] OfWord(ReadOnlySpan<char> word) => _terms.TryGetValue(word, out var terms) ? terms : Of(word.ToString());

    private string[] Analyse(string word)
    {
        var terms = new List<string>(2);
        using (var ts = _analyzer.GetTokenStream(IndexFields.Text, new StringReader(word)))
        {
            var term = ts.AddAttribute<ICharTermAttribute>();
            ts.Reset();
            while (ts.IncrementToken()) terms.Add(term.ToString());
            ts.End();
        }
        return [.. terms];
    }

    /// <summary>The first step of <see cref="DutchAnalyzer"/> alone.</summary>
    private sealed class TokenizerOnly : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new StandardTokenizer(DutchAnalyzer.Version, reader));
    }
}
