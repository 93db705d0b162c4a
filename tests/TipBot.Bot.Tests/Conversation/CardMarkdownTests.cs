using TipBot.Bot.Cards;

namespace TipBot.Bot.Tests.Conversation;

public class CardMarkdownTests
{
    [Theory]
    [InlineData("Een **boze** beller", "Een **boze** beller")]
    [InlineData("Een *schuine* en _schuine_ tekst", "Een _schuine_ en _schuine_ tekst")]
    [InlineData("- een\n- twee", "- een\n- twee")]
    [InlineData("1. een\n2. twee", "1. een\n2. twee")]
    [InlineData("## Aanpak\n\nDoe dit.", "**Aanpak**\n\nDoe dit.")]
    [InlineData("Zie [de site](https://example.org/a(b))", "Zie [de site](https://example.org/a%28b%29)")]
    [InlineData("Klik [hier](javascript:alert(1))", "Klik hier")]
    [InlineData("Een ![plaatje](https://example.org/x.png) weg", "Een  weg")]
    [InlineData("Code `a*b` blijft tekst", "Code a\\*b blijft tekst")]
    [InlineData("<b>vet</b> wordt geen HTML", "<b>vet</b> wordt geen HTML")]
    [InlineData("Vandaag {{DATE(2026-01-01T00:00:00Z, SHORT)}}", "Vandaag {\u200B{DATE(2026-01-01T00:00:00Z, SHORT)}}")]
    public void LibraryMarkdownBecomesTheTextBlockSubset(string markdown, string expected) =>
        Assert.Equal(expected, CardMarkdown.Render(markdown));

    [Theory]
    [InlineData("boze_inwoners [link](https://x)", "boze\\_inwoners \\[link\\](https://x)")]
    [InlineData("- geen lijst", "\\- geen lijst")]
    [InlineData("# geen kop", "\\# geen kop")]
    [InlineData("**niet vet**", "\\*\\*niet vet\\*\\*")]
    public void PlainTextIsEscapedSoItCannotAddMarkup(string text, string expected) =>
        Assert.Equal(expected, CardMarkdown.Escape(text));
}
