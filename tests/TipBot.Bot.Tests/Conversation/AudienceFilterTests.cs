using TipBot.Bot.Tips;

namespace TipBot.Bot.Tests.Conversation;

public class AudienceFilterTests
{
    [Theory]
    [InlineData("voor leidinggevenden", "leidinggevende", "")]
    [InlineData("Alleen voor bestuurders.", "bestuurder", "")]
    [InlineData("for managers", "leidinggevende", "")]
    [InlineData("for communication advisers", "communicatieadviseur", "")]
    [InlineData("boze bellers voor leidinggevenden", "leidinggevende", "boze bellers")]
    [InlineData("tips voor het klantcontact bij boze bellers", "klantcontact", "tips bij boze bellers")]
    public void FindsTheAudienceAndWhatIsLeft(string message, string audience, string remainder)
    {
        var request = AudienceFilter.Find(message);
        Assert.NotNull(request);
        Assert.Equal(audience, request.Audience);
        Assert.Equal(remainder, request.Remainder);
    }

    [Theory]
    [InlineData("alle tips")]
    [InlineData("All tips!")]
    [InlineData("geen filter")]
    public void ClearingIsACommand(string message)
    {
        Assert.True(AudienceFilter.IsCommand(message));
        Assert.True(AudienceFilter.Find(message)!.Clears);
    }

    [Theory]
    [InlineData("hoe ga ik om met boze bellers?")]
    [InlineData("tips voor communicatie met inwoners")]
    [InlineData("een plan voor de buurt")]
    public void AQuestionWithoutAnAudienceIsNotAFilter(string message) =>
        Assert.Null(AudienceFilter.Find(message));

    [Fact]
    public void EveryAudienceOfTheKnowledgeFormatIsKnown() =>
        Assert.Equal(
            ["uitvoerder", "leidinggevende", "bestuurder", "communicatieadviseur", "klantcontact", "beleidsmaker", "onderzoeker"],
            AudienceFilter.Audiences);
}
