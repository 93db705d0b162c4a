using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class PublicAsOthersTests
{
    [Theory]
    [InlineData("inwoners typen steeds hun adres opnieuw in")]
    [InlineData("klanten aan de balie die woedend zijn")]
    [InlineData("Nabestaanden krijgen nog post op naam van de overledene")]
    [InlineData("mensen komen pas als het te laat is")]
    [InlineData("cliënten missen hun afspraak")]
    [InlineData("how do we reach people who never visit the library")]
    [InlineData("residents do not read our letters")]
    public void ThePublicNamedInThePluralIsIn(string question) => Assert.True(PublicAsOthers.IsIn(question));

    [Theory]
    [InlineData("mag ik als inwoner mijn aanslag later betalen")]
    [InlineData("wat kost eherkenning voor een ondernemer")]
    [InlineData("onze mensen durven niks zonder handtekening")]
    [InlineData("m'n mensen zijn moe")]
    [InlineData("our people need training")]
    [InlineData("telefoonnummer van de klantenservice")]
    [InlineData("een inwonersavond organiseren")]
    public void AResidentNamingThemselfTheAskersStaffOrACompoundIsNot(string question) => Assert.False(PublicAsOthers.IsIn(question));

    [Theory]
    [InlineData("inwoners typen steeds hun adres opnieuw in")]
    [InlineData("klanten aan de balie die woedend zijn over hun rekening")]
    [InlineData("gebiedsmanager relatie met omwonenden")]
    [InlineData("Ondernemers snappen niet of ze toestemming hebben")]
    public void ASituationOfThePublicIsTold(string question) => Assert.True(PublicAsOthers.IsToldSituation(question));

    [Theory]
    [InlineData("mogen inwoners vuurwerk afsteken")]
    [InlineData("waar kunnen bezoekers parkeren bij het stadhuis")]
    [InlineData("krijgen studenten korting op de bus")]
    [InlineData("inwoners typen hun adres opnieuw?")]
    [InlineData("ondernemers willen weten welke vergunning ze nodig hebben")]
    [InlineData("do tenants have to pay the waste levy")]
    [InlineData("how can residents apply for a parking permit")]
    [InlineData("de balie is druk")]
    public void AQuestionPutAboutThePublicOrNoPublicIsNot(string question) => Assert.False(PublicAsOthers.IsToldSituation(question));
}
