using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests;

public class TextCatalogTests
{
    [Fact]
    public void DutchAndEnglishHaveTheSameKeys()
    {
        var keys = TextCatalog.LoadEmbedded().Keys;
        Assert.Equal(keys["nl"].OrderBy(k => k), keys["en"].OrderBy(k => k));
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("en", "en")]
    [InlineData("nl-NL", "nl")]
    [InlineData(null, "nl")]
    [InlineData("de-DE", "nl")]
    public void LocalePicksLanguage(string? locale, string expected) =>
        Assert.Equal(expected, TextCatalog.LanguageOf(locale));
}
