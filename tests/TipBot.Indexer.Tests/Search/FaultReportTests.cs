using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class FaultReportTests
{
    [Theory]
    [InlineData("printer op de afdeling doet het niet")]
    [InlineData("de scanners bij de balie doen het niet")]
    [InlineData("de koffieautomaat op de tweede verdieping is kapot")]
    [InlineData("de liften zijn al weken kapot")]
    [InlineData("mijn laptop start niet op na de update")]
    public void AReportOfABrokenDeviceIsOne(string question) => Assert.True(FaultReport.IsIn(question));

    [Theory]
    [InlineData("de brief doet het niet goed bij ouderen")]
    [InlineData("een telefoonmenu doet het niet voor mensen die slecht horen")]
    [InlineData("ons formulier werkt niet met voorleessoftware")]
    [InlineData("op facebook klaagt iemand over een kapotte straatlantaarn, moeten we daar op reageren")]
    [InlineData("hoe start ik een gesprek met een boze beller")]
    [InlineData("de app doet het niet, wat zeg ik tegen bellers")]
    [InlineData("onze website is al dagen kapot, hoe leg ik dat uit aan inwoners")]
    public void AdviceAboutHowSomethingWorksForPeopleIsNot(string question) => Assert.False(FaultReport.IsIn(question));
}
