using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class OwnMatterYesNoTests
{
    [Theory]
    [InlineData("mag ik mijn verhuizing later doorgeven")]
    [InlineData("Moet ik m'n pas inleveren als ik verhuis")]
    [InlineData("kan ik mijn uitkering houden als ik ga samenwonen")]
    [InlineData("hoef ik mijn aanslag nog niet te betalen")]
    [InlineData("moet ik als gescheiden ouder mijn kind apart inschrijven")]
    [InlineData("mag ik als weduwe het huurcontract van mijn man overnemen")]
    [InlineData("mag ik de digid van mijn moeder gebruiken")]
    [InlineData("mag de deurwaarder mijn fiets meenemen")]
    [InlineData("moet het waterschap mijn schuur vergoeden als die verzakt")]
    public void AResidentsYesNoQuestionAboutTheirOwnThingIsOne(string question) => Assert.True(OwnMatterYesNo.IsIn(question));

    [Theory]
    [InlineData("mag ik een kind laten tolken aan de balie")]
    [InlineData("moet ik als leidinggevende achter mijn medewerkers blijven staan")]
    [InlineData("kan ik beter een vaste contactpersoon aanwijzen")]
    [InlineData("mijn leidinggevende geeft me geen ruimte om af te wijken")]
    [InlineData("hoe help ik een inwoner die zijn verhuizing niet kan doorgeven")]
    [InlineData("kan ik mijn team inschrijven voor de workshop")]
    [InlineData("mag de teamleider mijn brief nog aanpassen")]
    [InlineData("moet de inwoner zelf aan tafel zitten bij het overleg")]
    [InlineData("moet ik mijn leidinggevende inlichten als een beller dreigt")]
    [InlineData("mag ik mijn collega's vragen om mee te luisteren bij een lastig gesprek")]
    [InlineData("mag ik mijn brief zelf herschrijven naar b1")]
    [InlineData("kan ik mijn belteam vooraf de brief laten lezen")]
    [InlineData("moet ik mijn formulier eerst laten testen door inwoners")]
    [InlineData("moet ik als consulent mijn collega's van andere teams beter leren kennen")]
    [InlineData("hoe help ik een inwoner die de digid van zijn moeder gebruikt")]
    public void AdviceAboutTheWorkIsNot(string question) => Assert.False(OwnMatterYesNo.IsIn(question));
}
