using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class AnswerJudgeTests
{
    private static readonly KnowledgeDocument[] Library =
    [
        SampleLibrary.Doc("personas", DocumentKind.Tip, "Maak persona's van echte mensen", "Een persona helpt je team aan de gebruiker te denken.", ["personas", "onderzoek"],
            ("", "Praat eerst met inwoners, bijvoorbeeld met iemand die een parkeervergunning aanvraagt, en maak dan pas een persona."),
            ("Zo doe je het", "Een persona beschrijft een echte groep gebruikers. Toets de persona met je team.")),
        SampleLibrary.Doc("verhuizen", DocumentKind.Tip, "Maak verhuizen makkelijk", "Heet nieuwe inwoners welkom bij hun verhuizing.", ["verhuizen"],
            ("", "Een verhuizing is een moment om nieuwe inwoners welkom te heten."),
            ("Aanpak", "Stuur na de verhuismelding een welkomstbrief met wat ze nog moeten regelen.")),
        SampleLibrary.Doc("formulieren", DocumentKind.Tip, "Maak formulieren korter", "Vraag alleen wat je echt nodig hebt.", ["formulieren"],
            ("", "Elk veld dat je schrapt scheelt de inwoner werk."),
            ("Aanpak", "Vul in wat je al weet, zodat inwoners alleen hoeven te controleren.")),
    ];

    [Fact]
    public void AWordATipNamesOnceAsAnExampleIsNoAnswer()
    {
        using var engine = TipSearchEngine.InMemory(Library);
        var r = engine.Search(new SearchQuery("parkeervergunning"));
        // Found (it is the only tip with the word), but not presented as the answer.
        Assert.Equal("personas", r.Hits[0].Id);
        Assert.False(r.Answered);
    }

    [Fact]
    public void AQuestionAboutWhatATipIsAboutIsAnswered()
    {
        using var engine = TipSearchEngine.InMemory(Library);
        var r = engine.Search(new SearchQuery("hoe maak ik een persona"));
        Assert.Equal("personas", r.Hits[0].Id);
        Assert.True(r.Answered);
    }

    [Fact]
    public void TheTopicalTermsAreTheHeadFieldsAndRepeatedBodyWords()
    {
        using var engine = TipSearchEngine.InMemory(Library);
        var topical = TopicalTerms.Of(engine.Snapshot.IndexAnalyzer, engine.Snapshot.ById["personas"]);
        Assert.Contains(DutchStemming.Stem("persona"), topical);
        Assert.Contains(DutchStemming.Stem("team"), topical);
        Assert.DoesNotContain(DutchStemming.Stem("parkeervergunning"), topical);
    }
}
