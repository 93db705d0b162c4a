using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class ResidentsAsOthersTests
{
    [Theory]
    [InlineData("tot wanneer kan ik bewoners laten meepraten over een dijkversterking")]
    [InlineData("moet ik mijn formulier eerst laten testen door inwoners")]
    [InlineData("hoe lang van tevoren informeer ik omwonenden")]
    [InlineData("how much time do we need to involve residents")]
    public void ACivilServantWorkingForResidentsNamesThemAsOthers(string question) => Assert.True(ResidentsAsOthers.IsIn(question));

    [Theory]
    [InlineData("wat moeten bewoners meenemen naar het gemeentehuis voor een paspoort")]
    [InlineData("hoeveel klanten belt het kcc per dag")]
    [InlineData("hoe lang moet ik als bewoner wachten op mijn paspoort")]
    [InlineData("wanneer krijg ik mijn zorgtoeslag")]
    [InlineData("hoeveel bewoners komen naar de avond i.p.v. de inloop")]
    public void AQuestionWithoutAnAskerOrWithoutResidentsAsOthersIsNot(string question) => Assert.False(ResidentsAsOthers.IsIn(question));
}
