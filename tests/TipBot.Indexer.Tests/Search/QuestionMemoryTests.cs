using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// The memory of earlier answered questions: the answer words of the questions most like a new one count a little for the order
/// shown (<see cref="RankingOptions.MemoryWeight"/>), never for the answered judge.
/// </summary>
public class QuestionMemoryTests
{
    // "snapt" is in no document; both tips are about a "brief", "kop" in its title, "taal" in its summary.
    private const string Question = "niemand snapt onze brief";

    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("kop", DocumentKind.Tip, "Een goede kop boven de brief", "Mensen lezen eerst de kop.", ["lezen"],
            ("Hoe", "Een kop leest snel.")),
        SampleLibrary.Doc("taal", DocumentKind.Tip, "Schrijf eenvoudig", "Kies een lager taalniveau voor elke brief.", ["taal"],
            ("Hoe", "Een brief op taalniveau B1 leest bijna iedereen.")),
        SampleLibrary.Doc("anders", DocumentKind.Tip, "Een heldere vergadering", "Begin op tijd.", ["vergaderen"],
            ("Hoe", "Zet de agenda vooraf rond.")),
    ];

    private static string Stem(string word) => Assert.Single(AnalyzedText.Of(DutchAnalyzer.ForRules(), IndexFields.Body, word).Terms);

    // Three libraries' authors asked about letters nobody understands, answered with "taalniveau"; one of them also with "taart".
    private static QuestionMemory Memory() => QuestionMemory.Parse(
        $"a\t{Stem("snapt")}|{Stem("begrijpt")} {Stem("brief")}\t{Stem("taalniveau")}:1 {Stem("taart")}:1\n" +
        $"b\t{Stem("snapt")} {Stem("brieven")}|{Stem("brief")} {Stem("inwoners")}\t{Stem("taalniveau")}:1\n" +
        $"c\t{Stem("brief")} {Stem("snapt")}\t{Stem("taalniveau")}:0.5\n" +
        $"d\t{Stem("vergadering")} {Stem("agenda")}\t{Stem("taalniveau")}:1\n");

    // The memory's pass on the test memory, whose questions share two words with the question (the built-in setting asks for three);
    // the first place open to the memory when the engine's first covers less than firstCoverage of the question.
    private static RankingOptions WithMemory(double weight, int from = 0, double firstCoverage = 0) => RankingOptions.Default with
    {
        Memory = Memory(), MemoryWeight = weight, MemoryFrom = from, MemoryFirstCoverage = firstCoverage,
        MemorySettings = new QuestionMemory.Settings(Neighbours: 5, MinShared: 2, MinLibraries: 3, MinSimilarity: 0),
    };

    private static SearchResult Search(RankingOptions options, string question = Question, IReadOnlyList<KnowledgeDocument>? library = null)
    {
        library ??= Library;
        using var engine = TipSearchEngine.InMemory(library, SampleLibrary.Resources(library), options);
        return engine.Search(new SearchQuery(question) { Top = 10 });
    }

    [Fact]
    public void AnEarlierQuestionsAnswerWordsBringTheTipThatHoldsThemFirst()
    {
        var off = Search(WithMemory(0));
        var on = Search(WithMemory(1));

        Assert.Equal("kop", off.Hits[0].Id);
        Assert.Equal("taal", on.Hits[0].Id);
        // The engine's first stays when the pass starts at place 2 (the built-in setting).
        Assert.Equal("kop", Search(WithMemory(1, from: 1)).Hits[0].Id);
    }

    [Fact]
    public void TheTraceRecordsTheShareOfTheMemorysAnswerWordsEachCandidateHolds()
    {
        using var engine = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), WithMemory(1));
        var trace = new RankingTrace();
        engine.Search(new SearchQuery(Question) { Top = 10 }, trace);
        using var without = TipSearchEngine.InMemory(Library, SampleLibrary.Resources(Library), WithMemory(0));
        var plain = new RankingTrace();
        without.Search(new SearchQuery(Question) { Top = 10 }, plain);

        // The memory's words are "taalniveau" alone ("taart" is one library's, under MinLibraries): "taal" holds all of them, "kop" none.
        Assert.Equal(1.0, trace.Candidates.Single(c => c.Id == "taal").MemoryShare, 9);
        Assert.Equal(0, trace.Candidates.Single(c => c.Id == "kop").MemoryShare);
        Assert.All(plain.Candidates, c => Assert.Equal(0, c.MemoryShare));
    }

    // Three words, two unknown to the library: "kop" holds one of them ("brief"), a third of the question's weight.
    private const string StoryQuestion = "niemand snapt onze brief en huilt";

    [Fact]
    public void AFirstThatHoldsLittleOfTheQuestionGivesWayToTheTipTheMemorySpeaksFor()
    {
        Assert.Equal("kop", Search(WithMemory(1, from: 1), StoryQuestion).Hits[0].Id);
        var on = Search(WithMemory(1, from: 1, firstCoverage: RankingOptions.Default.MemoryFirstCoverage), StoryQuestion);

        Assert.Equal(["taal", "kop"], on.Hits.Take(2).Select(h => h.Id));
        Assert.Equal(Search(WithMemory(0), StoryQuestion).Answered, on.Answered);
        for (var i = 1; i < on.Hits.Count; i++) Assert.True(on.Hits[i - 1].Score >= on.Hits[i].Score, $"place {i}");
    }

    [Fact]
    public void AFirstThatHoldsMostOfTheQuestionStays()
    {
        // "kop" holds two of the three words now ("kop", "brief"); the memory still speaks for "taal".
        const string question = "niemand snapt de kop van onze brief";
        var built = WithMemory(5, from: 1, firstCoverage: RankingOptions.Default.MemoryFirstCoverage);

        Assert.Equal("kop", Search(built, question).Hits[0].Id);
        Assert.Equal("taal", Search(built with { MemoryFirstCoverage = 1.01 }, question).Hits[0].Id);
    }

    [Fact]
    public void ACaseOrWorkshopNeverTakesTheFirstPlaceFromTheMemory()
    {
        var built = WithMemory(1, from: 1, firstCoverage: RankingOptions.Default.MemoryFirstCoverage);
        foreach (var kind in new[] { DocumentKind.Case, DocumentKind.Workshop })
        {
            KnowledgeDocument[] library = [Library[0], Library[1] with { Kind = kind }, Library[2]];
            Assert.Equal("kop", Search(built, StoryQuestion, library).Hits[0].Id);
        }
        Assert.Equal("taal", Search(built, StoryQuestion).Hits[0].Id);
    }

    [Fact]
    public void TheScoresFallWithTheOrderWhenThePassLiftsADocumentToTheScoreOfTheFirst()
    {
        // Three tips about a "brief": the pass (from place 2) lifts the one that holds "taalniveau" far above the engine's first.
        KnowledgeDocument[] library =
        [
            .. Library[..2],
            SampleLibrary.Doc("post", DocumentKind.Tip, "Post sorteren", "Elke brief op de juiste stapel.", ["post"],
                ("Hoe", "Leg de brief in het vak.")),
        ];
        using var engine = TipSearchEngine.InMemory(library, SampleLibrary.Resources(library), WithMemory(100, from: 1));
        var hits = engine.Search(new SearchQuery(Question) { Top = 10 }).Hits;

        Assert.Equal(3, hits.Count);
        Assert.Equal("taal", hits[1].Id);
        for (var i = 1; i < hits.Count; i++) Assert.True(hits[i - 1].Score >= hits[i].Score, $"place {i}: {hits[i - 1].Score} < {hits[i].Score}");
    }

    [Fact]
    public void TheJudgeSeesOnlyTheQuestionsOwnWords()
    {
        foreach (var question in new[] { Question, "snapt taalniveau", "snapt niemand het", "brief snapt" })
        {
            var off = Search(WithMemory(0), question);
            var on = Search(WithMemory(5), question);
            Assert.Equal(off.Answered, on.Answered);
        }
    }

    [Fact]
    public void ANeighbourSharesTwoOfTheQuestionsWordsAndOnlyWordsOfSeveralLibrariesCount()
    {
        var memory = Memory();
        var settings = new QuestionMemory.Settings(Neighbours: 5, MinShared: 2, MinLibraries: 3, MinSimilarity: 0);
        var words = memory.AnswerWords([[Stem("snapt")], [Stem("brief")]], settings);

        Assert.Equal([Stem("taalniveau")], words.Keys);
        Assert.Equal(1, words[Stem("taalniveau")]);
        // "taart" is in one library's answers only: with that limit at 1 it counts too.
        Assert.Contains(Stem("taart"), memory.AnswerWords([[Stem("snapt")], [Stem("brief")]], settings with { MinLibraries = 1 }).Keys);
        // One shared word is not enough, and the question's own words are never its evidence.
        Assert.Empty(memory.AnswerWords([[Stem("snapt")], [Stem("fiets")]], settings));
        Assert.DoesNotContain(Stem("taalniveau"), memory.AnswerWords([[Stem("snapt")], [Stem("brief")], [Stem("taalniveau")]], settings).Keys);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a\tbrief")]
    [InlineData("a\tbrief\ttaal:1.5")]
    [InlineData("\tbrief\ttaal:0.5")]
    public void ABadLineIsRefused(string line) => Assert.Throws<FormatException>(() => QuestionMemory.Parse(line));

    [Fact]
    public void AMemoryIsWrittenAsItIsRead()
    {
        var text = "a\tbrief snapt|begrijp\ttaalniveau:1 kop:0.5\nb\tagenda\tvergader:1\n";
        var memory = QuestionMemory.Parse("# comment\n" + text);
        Assert.Equal(2, memory.Count);
        Assert.Equal(text, QuestionMemory.Format(memory.Entries));
    }

    [Fact]
    public void TheShippedMemoryIsWhatTheGeneratorMakesFromTheOpenSets()
    {
        var root = RepositoryRoot.Find();
        var sets = QuestionMemoryLearner.ReadSets(Path.Combine(root, "scripts", "question-memory-sets.txt"), root);
        var made = QuestionMemory.Format(QuestionMemoryLearner.Learn(sets, QuestionMemoryLearner.AnswerSource.Topical));
        var shipped = File.ReadAllText(Path.Combine(root, "indexer", "TipBot.Indexer", "Search", "Vocabulary", "question-memory.txt"));

        Assert.True(made == shipped, "indexer/TipBot.Indexer/Search/Vocabulary/question-memory.txt is not what scripts/question-memory.sh makes; regenerate it");
        Assert.Equal(made, QuestionMemory.Format(QuestionMemory.BuiltIn.Entries));
    }
}
