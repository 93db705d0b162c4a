using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class AnalyzerTests
{
    private static readonly SearchResources Resources = SampleLibrary.Resources();

    private static List<string> Terms(string text, AnalysisMode mode = AnalysisMode.Index)
    {
        using var analyzer = new DutchAnalyzer(Resources, mode);
        using var ts = analyzer.GetTokenStream("body", new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        ts.Reset();
        while (ts.IncrementToken()) terms.Add(term.ToString());
        ts.End();
        return terms;
    }

    [Fact]
    public void PluralsAndVerbFormsShareAStem()
    {
        Assert.Equal(Terms("brieven"), Terms("brief"));
        Assert.Equal(Terms("gesprekken")[0], Terms("gesprek")[0]);
        Assert.Contains(Terms("bellers")[0], Terms("beller"));
    }

    [Fact]
    public void AccentsAndCaseAreFolded()
    {
        Assert.Equal(Terms("creeren"), Terms("Creëren"));
        Assert.Equal(Terms("client"), Terms("cliënt"));
    }

    [Fact]
    public void StopWordsAndQuestionWordsAreDropped()
    {
        Assert.Empty(Terms("hoe kan ik het van de", AnalysisMode.Query));
        Assert.Single(Terms("hoe schrijf ik", AnalysisMode.Query));
    }

    [Theory]
    [InlineData("mss kan ik ivm de brief bellen", "brief", "bell")]
    [InlineData("iets mbt de aanvraag ofzo", "aanvrag")]
    public void ChatAbbreviationsOfStopWordsAreDropped(string question, params string[] expected)
    {
        // Typed in a chat, "mss" (misschien) and "ivm" (in verband met) are as empty as the words they stand for; as words the
        // library never uses they would weigh as its rarest.
        Assert.Equal(expected, Terms(question, AnalysisMode.Query));
    }

    [Theory]
    [InlineData("overheid")]
    [InlineData("overheden")]
    [InlineData("mens")]
    [InlineData("samen")]
    [InlineData("meten")]
    [InlineData("zaal")]
    public void ContentWordsWhoseStemIsAStopWordStay(string word)
    {
        // Stop words are matched as written: stemmed, "over" took "overheid" and "same" took "samen".
        Assert.Single(Terms(word));
        Assert.Single(Terms(word, AnalysisMode.Query));
    }

    [Fact]
    public void SynonymsExpandQuestionsWithTheSameNormalisation()
    {
        using var engine = SampleLibrary.Engine();
        var s = engine.Snapshot;
        var group = Assert.Single(QueryAnalysis.Analyze(s, "Inwoners"));
        Assert.Contains(Terms("burger").Single(), group.Alternatives);
        Assert.Contains(Terms("bewoners").Single(), group.Alternatives);
        Assert.Contains(Terms("klantcontactcentrum", AnalysisMode.Terms).Single(), Assert.Single(QueryAnalysis.Analyze(s, "KCC")).Alternatives);
    }

    [Fact]
    public void DocumentsAreIndexedAsWritten()
    {
        Assert.Equal(Terms("inwoner"), Terms("Inwoners"));
        Assert.DoesNotContain(Terms("burger").Single(), Terms("Inwoners"));
    }

    [Fact]
    public void OneWayRulesWorkFromLeftToRightOnly()
    {
        var rules = SynonymRules.FromLines(["facebook => facebook, sociale media", "webcare => sociale media"], DutchAnalyzer.ForRules());
        var socialMedia = string.Join(' ', Terms("sociale media", AnalysisMode.Terms));
        var facebook = Terms("facebook", AnalysisMode.Terms).Single();
        Assert.Equal([facebook, socialMedia], rules.Expand(facebook));
        Assert.Null(rules.Expand(socialMedia));
        // Without itself on the right the word is replaced, as the file's comment says.
        Assert.Equal([socialMedia], rules.Expand(Terms("webcare", AnalysisMode.Terms).Single()));
    }

    [Fact]
    public void CompoundsAreSplitIntoKnownParts()
    {
        var terms = Terms("burgerparticipatie", AnalysisMode.Query);
        Assert.Contains(Terms("burger", AnalysisMode.Query).Single(), terms);
        Assert.Contains(Terms("participatie", AnalysisMode.Query).Single(), terms);
    }

    [Fact]
    public void UnknownWordsAreNotSplit()
    {
        Assert.Single(Terms("parkeervergunning", AnalysisMode.Query));
    }

    [Fact]
    public void EnglishQuestionsBecomeDutchTerms()
    {
        var terms = Terms("angry citizens", AnalysisMode.Query);
        Assert.Contains(Terms("boos", AnalysisMode.Query).Single(), terms);
        Assert.Contains(Terms("inwoner", AnalysisMode.Query).Single(), terms);
        Assert.DoesNotContain("angry", terms);
    }

    [Theory]
    [InlineData("fill in the form", "invullen")]
    [InlineData("how do I get buy-in from colleagues", "draagvlak")]
    [InlineData("one point of contact for debts", "aanspreekpunt")]
    public void EnglishPhrasesWrittenWithStopWordsAreRead(string question, string dutch)
    {
        // The question's stop words go after the English list has read them: before, "in", "of" and the "in" of
        // "buy-in" were gone when the list looked, so its phrases with them never matched.
        var terms = Terms(question, AnalysisMode.Query);
        Assert.Contains(Terms(dutch, AnalysisMode.Query).Single(), terms);
        Assert.DoesNotContain("buy", terms);
        Assert.DoesNotContain("in", terms);
        Assert.DoesNotContain("of", terms);
    }

    [Fact]
    public void TheEnglishListAddsNoStopWords()
    {
        // "mapping => in kaart brengen": the index has no "in", so a question term "in" only weighed as a word no tip has.
        var terms = Terms("journey mapping", AnalysisMode.Query);
        Assert.Contains(Terms("kaart", AnalysisMode.Query).Single(), terms);
        Assert.DoesNotContain("in", terms);
        // "tips" is a stop word, so no key: it does not become the Dutch "tip" or "advies".
        Assert.Empty(Terms("tips", AnalysisMode.Query));
        Assert.Empty(Terms("please, any tips", AnalysisMode.Query));
    }

    [Theory]
    [InlineData("bewoners reageren nadat de brief komt", "bewoners reageren de brief komt")]
    [InlineData("de balie sluit zodra de wachtrij leeg is", "de balie sluit de wachtrij leeg is")]
    [InlineData("met de klant praten ipv over hem", "met de klant praten over hem")]
    public void ConjunctionsThatJoinClausesAreStopWords(string question, string without)
    {
        Assert.Equal(Terms(without, AnalysisMode.Query), Terms(question, AnalysisMode.Query));
        Assert.Equal(Terms(without), Terms(question));
    }

    [Theory]
    [InlineData("de klant neemt 't formulier mee", "de klant neemt het formulier mee")]
    [InlineData("de beller zegt dat ie z'n pas kwijt is", "de beller zegt dat hij zijn pas kwijt is")]
    [InlineData("zn brief en mn formulier", "zijn brief en mijn formulier")]
    [InlineData("ff bellen met d'r moeder", "even bellen met haar moeder")]
    [InlineData("effe zoiets regelen", "even iets regelen")]
    public void ChatSpellingsOfFunctionWordsAreStopWords(string question, string written)
    {
        Assert.Equal(Terms(written, AnalysisMode.Query), Terms(question, AnalysisMode.Query));
        Assert.Equal(Terms(written), Terms(question));
    }

    [Fact]
    public void EnglishNeedIsAStopWordButNotInTheListsPhrases()
    {
        Assert.Equal(Terms("volunteers before the evening", AnalysisMode.Query), Terms("volunteers we need before the evening", AnalysisMode.Query));
        Assert.Equal(Terms("an interpreter", AnalysisMode.Query), Terms("we needed an interpreter", AnalysisMode.Query));
        // "Special needs" is a phrase of the built-in English list: read as its Dutch words, not as "special" alone.
        Assert.Contains(Terms("beperking", AnalysisMode.Query)[0], Terms("children with special needs", AnalysisMode.Query));
    }

    [Fact]
    public void EnglishContractionsAreStopWords()
    {
        Assert.Equal(Terms("team change", AnalysisMode.Query), Terms("my team doesn't want to change", AnalysisMode.Query));
        Assert.Equal(Terms("residents letters", AnalysisMode.Query), Terms("residents don’t read letters", AnalysisMode.Query)
            .Where(t => !Terms("read", AnalysisMode.Query).Contains(t)));
    }

    [Fact]
    public void ABadTermListLineIsSkippedWithAWarning()
    {
        var diagnostics = new List<TipBot.Indexer.Library.Diagnostic>();
        var map = TermListReader.Read("burger, inwoner\n!!!, ???\nbrief, brieven", "synonyms.txt", false, diagnostics);
        Assert.NotNull(map);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(2, warning.Line);
        Assert.Equal(TipBot.Indexer.Library.DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void CompoundSplitterNeedsKnownPartsOfFourLetters()
    {
        var splitter = new CompoundSplitter(["burger", "participatie", "bewoner", "avond", "klant", "contact", "centrum"]);
        Assert.Equal(["burger", "participatie"], splitter.Split("burgerparticipatie"));
        Assert.Equal(["bewoner", "avond"], splitter.Split("bewonersavond"));
        Assert.Equal(3, splitter.Split("klantcontactcentrum").Count);
        Assert.Empty(splitter.Split("hondenbelasting"));
    }

    [Fact]
    public void QuestionCompoundWithOneUnknownHalfKeepsTheKnownHalfAndTheRest()
    {
        var splitter = new CompoundSplitter(["formulieren", "klanttevredenheid", "klant", "tevredenheid", "belasting"]);
        Assert.Empty(splitter.Split("formulierenvereenvoudiging"));
        Assert.Equal(["formulieren", "vereenvoudiging"], splitter.SplitForQuery("formulierenvereenvoudiging"));
        // The known half is split further; the linking s goes.
        Assert.Equal(["klanttevredenheid", "klant", "tevredenheid", "meting"], splitter.SplitForQuery("klanttevredenheidsmeting"));
        // The unknown half stays with the known one, so the word never counts as covered by "belasting" alone.
        Assert.Equal(["belasting", "honden"], splitter.SplitForQuery("hondenbelasting"));
        Assert.Empty(splitter.SplitForQuery("klanten"));
    }
}
