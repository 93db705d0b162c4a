using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class YesNoAdviceTests
{
    [Theory]
    [InlineData("mag ik de inwoner uitnodigen bij het overleg met andere organisaties")]
    [InlineData("kan ik iemand helpen inloggen door zijn wachtwoord te vragen")]
    [InlineData("Moet ik een boze beller eerst laten uitpraten")]
    [InlineData("kan ik beter kleine tafels gebruiken dan een podium")]
    [InlineData("moeten we bewoners eerder betrekken bij een plan")]
    [InlineData("is het slim om eerst een ontwerp te maken")]
    [InlineData("heeft het zin om vijf inwoners een formulier te laten invullen")]
    public void AYesNoQuestionForAdviceIsOne(string question) => Assert.True(YesNoAdvice.IsIn(question));

    [Theory]
    [InlineData("mag ik mijn verhuizing later doorgeven")]
    [InlineData("kan ik m'n paspoort op zaterdag ophalen")]
    [InlineData("heb ik een vergunning nodig voor een buurtfeest")]
    [InlineData("kom ik in aanmerking voor bijzondere bijstand")]
    [InlineData("hoe krijg ik collega's mee")]
    [InlineData("wat moet ik doen als een beller scheldt")]
    public void TheAskersOwnMatterARuleOrAnotherFormIsNot(string question) => Assert.False(YesNoAdvice.IsIn(question));

    [Theory]
    [InlineData("is het slim om eerst een ontwerp te maken")]
    [InlineData("Heeft het zin om vijf inwoners een formulier te laten invullen")]
    [InlineData("is het verstandig om een afwijzing eerst te bellen")]
    [InlineData("loont het de moeite om de brieven te herschrijven")]
    public void AJudgementAskedOfAWayOfWorkingIsImpersonalAdvice(string question) => Assert.True(YesNoAdvice.IsImpersonal(question));

    [Theory]
    [InlineData("moet ik een boze beller eerst laten uitpraten")]
    [InlineData("moeten we bewoners eerder betrekken bij een plan")]
    [InlineData("is het slim om mijn aanvraag in te trekken")]
    [InlineData("heeft het zin om bezwaar te maken als ik te laat ben")]
    [InlineData("wat is het slimste om te doen")]
    public void APersonalFormOrTheAskersOwnMatterIsNot(string question) => Assert.False(YesNoAdvice.IsImpersonal(question));
}
