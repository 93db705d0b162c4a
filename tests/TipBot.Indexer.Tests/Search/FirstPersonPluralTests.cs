using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class FirstPersonPluralTests
{
    [Theory]
    [InlineData("hoe kunnen we dat verminderen")]
    [InlineData("Wij zijn een klein team bij de provincie")]
    [InlineData("onze folders laten alleen gezinnen zien")]
    [InlineData("bij ons op de afdeling")]
    [InlineData("where do we start with our redesign")]
    public void TheOrganisationAskingIsInTheFirstPersonPlural(string question) => Assert.True(FirstPersonPlural.IsIn(question));

    [Theory]
    [InlineData("hoe schrijf ik een brief op b1")]
    [InlineData("wegwijs in de wetgeving")]
    [InlineData("de wethouder wil meer participatie")]
    [InlineData("status of an application")]
    public void OtherQuestionsAreNot(string question) => Assert.False(FirstPersonPlural.IsIn(question));
}
