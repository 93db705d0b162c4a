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
}
