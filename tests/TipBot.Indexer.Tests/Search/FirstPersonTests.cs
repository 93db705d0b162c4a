using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class FirstPersonTests
{
    [Theory]
    [InlineData("hoe verander ik de achternaam van mijn kind")]
    [InlineData("Mijn uitkering is gestopt")]
    [InlineData("kan iemand me helpen")]
    [InlineData("wat betekent dit voor m'n aanvraag")]
    [InlineData("how do I renew my passport")]
    [InlineData("can you help me")]
    public void TheFirstPersonSingularIsFound(string question) => Assert.True(FirstPerson.IsIn(question));

    [Theory]
    [InlineData("elke afdeling helpt een stukje maar het gezin komt niet verder")]
    [InlineData("onze medewerkers durven niet af te wijken")]
    [InlineData("we sturen nog post naar iemand die overleden is")]
    [InlineData("afspraak maken i.p.v. een nummertje trekken")]
    [InlineData("mijnheer staat boos aan de balie")]
    [InlineData("involve residents before the plan is finished")]
    public void OtherPersonsAreNot(string question) => Assert.False(FirstPerson.IsIn(question));
}
