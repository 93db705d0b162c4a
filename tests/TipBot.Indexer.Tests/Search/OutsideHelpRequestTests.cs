using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class OutsideHelpRequestTests
{
    [Theory]
    [InlineData("iemand van buiten die meekijkt naar ons project")]
    [InlineData("kan er iemand meedenken over onze aanpak")]
    [InlineData("wie kan ons begeleiden bij een nieuw project")]
    [InlineData("wie kan ons team begeleiden")]
    [InlineData("ik zoek een sparringpartner van buiten voor ons project")]
    [InlineData("we willen een frisse blik van buiten op ons plan")]
    [InlineData("een externe die met ons meedenkt")]
    [InlineData("we zoeken iemand van buiten die volgend jaar een paar maanden met ons team meedenkt")]
    [InlineData("zou iemand van buiten af en toe mee kunnen kijken bij ons project")]
    [InlineData("kan er iemand met ons mee komen denken over onze aanpak")]
    public void ARequestForSomeoneFromOutsideToThinkAlongIsOne(string question) => Assert.True(OutsideHelpRequest.IsIn(question));

    [Theory]
    [InlineData("niemand reageert als we vragen wie wil meedenken")]
    [InlineData("hoe laat ik bewoners meedenken over een fietspad")]
    [InlineData("wie kan mij begeleiden bij het aanvragen van een uitkering")]
    [InlineData("welk extern adviesbureau kan ons helpen met een aanbesteding")]
    [InlineData("zoek iemand die met mij meekijkt naar mijn belastingaangifte")]
    [InlineData("ik zoek iemand die mijn vader een paar keer per week thuis begeleidt")]
    [InlineData("hoe begeleid ik een inwoner bij een aanvraag")]
    [InlineData("hoe vragen we bewoners om mee te denken over ons plan")]
    [InlineData("wie wil er mee kijken naar mijn brief aan de rechter")]
    public void ResidentsThinkingAlongOrSomeonesOwnMatterIsNot(string question) => Assert.False(OutsideHelpRequest.IsIn(question));

    [Theory]
    [InlineData("iemand van buiten die meekijkt naar ons project", true)]
    [InlineData("kan er iemand van buitenaf meedenken over onze aanpak", true)]
    [InlineData("een externe die met ons meedenkt", true)]
    [InlineData("we willen een frisse blik op ons plan", true)]
    [InlineData("ik zoek een sparringpartner voor ons project", true)]
    [InlineData("wie kan met ons meekijken naar onze brieven", false)]
    [InlineData("wie kan ons team begeleiden", false)]
    public void ARequestNamesTheOutsideOrNot(string question, bool names)
    {
        Assert.True(OutsideHelpRequest.IsIn(question));
        Assert.Equal(names, OutsideHelpRequest.NamesTheOutside(question));
    }
}
