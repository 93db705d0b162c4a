using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class FactQuestionTests
{
    private static KnowledgeDocument Tip(string body) =>
        SampleLibrary.Doc("tip", DocumentKind.Tip, "Tolk aan de balie", "Zet een tolk in.", ["tolk"], ("", body));

    private static readonly KnowledgeDocument Advice = Tip("Bel de tolkentelefoon bij een moeilijk gesprek. Dat kost wat tijd, maar voorkomt misverstanden.");

    [Theory]
    [InlineData("wat kost de tolkentelefoon")]
    [InlineData("hoeveel kost een tolk")]
    [InlineData("wat moet ik betalen voor een tolk")]
    [InlineData("wat betalen we voor de tolkentelefoon")]
    [InlineData("hoe hoog is de vergoeding voor een tolk")]
    [InlineData("tarieven tolkentelefoon 2026")]
    [InlineData("how much does an interpreter cost")]
    [InlineData("openingstijden van de balie")]
    [InlineData("what are the opening hours of the desk")]
    public void AQuestionForAPriceOrOpeningTimeIsNotAnsweredByAdvice(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice));
    }

    [Theory]
    [InlineData("hoe zet ik een tolk in")]
    [InlineData("kost een tolk veel tijd in een gesprek")]
    [InlineData("mensen durven niet te zeggen dat ze de tolk niet kunnen betalen")]
    [InlineData("working with an interpreter at the desk")]
    public void OtherQuestionsAreLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice));
    }

    [Fact]
    public void ADocumentThatStatesThePriceOrTheHoursAnswers()
    {
        Assert.True(FactQuestion.IsAnsweredBy("wat kost de tolkentelefoon", Tip("De tolkentelefoon is gratis voor gemeenten.")));
        Assert.True(FactQuestion.IsAnsweredBy("hoeveel kost een tolk", Tip("Een tolk kost ongeveer € 60 per uur.")));
        Assert.True(FactQuestion.IsAnsweredBy("openingstijden van de balie", Tip("De balie is geopend van 9.00 uur tot 17.00 uur.")));
    }
}
