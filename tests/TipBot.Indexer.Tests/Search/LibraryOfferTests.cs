using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class LibraryOfferTests
{
    private static QueryTermGroup Word(string term, params string[] parts) => new([term], parts);

    private static readonly HashSet<string> CoachTip = ["coach", "inschakel", "vastlop"];

    [Fact]
    public void ACoachOrAWorkshopTheBestDocumentIsAboutIsAnOffer()
    {
        Assert.True(LibraryOffer.IsAskedFor([Word("coach"), Word("aanvrag")], CoachTip));
        Assert.True(LibraryOffer.IsAskedFor([Word("interactiecoach", "interactie", "coach"), Word("aanvrag")], CoachTip));
        Assert.True(LibraryOffer.IsAskedFor([Word("workshop"), Word("aanvrag")], new HashSet<string> { "workshop", "onderzoek" }));
    }

    [Fact]
    public void AnotherThingOrAnOfferTheBestDocumentIsNotAboutIsNot()
    {
        Assert.False(LibraryOffer.IsAskedFor([Word("parkeervergunn"), Word("aanvrag")], new HashSet<string> { "parkeervergunn", "aanvrag" }));
        Assert.False(LibraryOffer.IsAskedFor([Word("workshop"), Word("aanvrag")], CoachTip));
    }

    [Fact]
    public void ADocumentAboutACoachIsAboutTheCoachingOffer()
    {
        Assert.True(LibraryOffer.IsCoachOffer(CoachTip));
        Assert.True(LibraryOffer.IsCoachOffer(new HashSet<string> { "interactiecoach", "intake" }));
        Assert.False(LibraryOffer.IsCoachOffer(new HashSet<string> { "workshop", "coaching", "team" }));
    }
}
