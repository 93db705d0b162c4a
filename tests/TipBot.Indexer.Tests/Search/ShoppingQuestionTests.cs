using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class ShoppingQuestionTests
{
    [Theory]
    [InlineData("beste laptop voor thuiswerken")]
    [InlineData("De beste koffie in de buurt")]
    [InlineData("welke vertaalapp is het beste voor een gesprek")]
    [InlineData("welke headset werkt het beste in een callcenter")]
    [InlineData("waar koop ik een goedkoop hoortoestel")]
    [InlineData("nieuwe bureaustoel kopen")]
    [InlineData("best screen reader for a blind colleague")]
    [InlineData("which tablet is the best for the desk")]
    [InlineData("where can I buy a headset")]
    [InlineData("welke tolkenbureaus zijn goedkoop")]
    [InlineData("welke software gebruiken we voor zaakgericht werken")]
    [InlineData("welk cms gebruikt de gemeente voor de website")]
    [InlineData("welke leverancier hebben jullie voor het zaaksysteem")]
    public void AQuestionForAProductOrAShopIsOne(string question) => Assert.True(ShoppingQuestion.IsIn(question));

    [Theory]
    [InlineData("wat is de beste manier om een boze beller te kalmeren")]
    [InlineData("beste manier om jongeren te bereiken")]
    [InlineData("welke aanpak werkt het beste bij een klacht")]
    [InlineData("welk kanaal is het beste voor jongeren")]
    [InlineData("Beste TipBot, ik werk bij het kcc en wil weten hoe ik een klacht afhandel")]
    [InlineData("Beste, wij zijn een kleine gemeente en willen beter communiceren")]
    [InlineData("hoe schrijf ik een brief die mensen het best begrijpen")]
    [InlineData("the best way to explain a decision")]
    [InlineData("hoe test ik goedkoop een nieuwe brief bij inwoners")]
    [InlineData("goedkoop onderzoek doen naar wat inwoners ervan vinden")]
    [InlineData("welk systeem gebruik je om terugbelafspraken bij te houden")]
    [InlineData("welke software gebruik je voor een klantreis")]
    public void AdviceOnTheBestWayAndGreetingsAreNot(string question) => Assert.False(ShoppingQuestion.IsIn(question));
}
