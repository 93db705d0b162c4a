using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class OwnFamilyTests
{
    [Theory]
    [InlineData("wat moet ik regelen na het overlijden van mijn vader")]
    [InlineData("klacht over m'n buurvrouw die haar afval in de berm gooit")]
    [InlineData("Mijn moeder krijgt een brief over de aanslag en snapt hem niet")]
    [InlineData("can my mother get help with her tax letter")]
    public void AQuestionAboutTheAskersOwnFamilyIsOne(string question) => Assert.True(OwnFamily.IsIn(question));

    [Theory]
    [InlineData("mijn moeder snapt onze brieven niet, hoe schrijven we ze eenvoudiger")]
    [InlineData("hoe help ik een inwoner na het overlijden van zijn vader")]
    [InlineData("mijn collega's willen hun mannen niet laten meebeslissen")]
    [InlineData("een kind tolkt voor zijn moeder aan de balie")]
    public void TheOrganisationsWorkOrSomeoneElsesFamilyIsNot(string question) => Assert.False(OwnFamily.IsIn(question));
}
