using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Library;

/// <summary>
/// <see cref="FrontMatter.Body"/>: the trimmed body, and a Markdown text that gives the same sections and first
/// sentence as the body as written (which is what the parser read before it read the trimmed body instead).
/// </summary>
public class BodyTextTests
{
    public static TheoryData<string> Bodies() =>
    [
        "",
        "\n",
        "\n\n  \n\t\n",
        "\nTekst. Meer tekst.\n",
        "\n\n\nTekst. Meer tekst.\n\n\n",
        "Tekst zonder witregel.",
        "\n    code als eerste regel\n\nDaarna tekst.\n",
        "\n\tcode met tab\n",
        "\n  Twee spaties in.\n",
        "   Ingesprongen zonder witregel.\n",
        "\n \t \nna spaties.\n",
        "\nEerste alinea  \n",
        "\nEerste alinea.\t \n \n\t",
        "\n## Kop\n\nTekst.\n\n## Tweede ##   \n",
        "\n## Kop \t\n",
        "\nIntro.\n\n## Kop\nTekst  \n\n  \n",
        "\nSetext\n---  \n",
        "\n| a | b |\n|---|---| \n| c | d |  \n",
        "\n| a | b |\n|---|---|\n\nNa de tabel. Zin twee.\n\n",
        "\n```\n## geen kop\n```\n\n## Kop\n\n    ingesprongen\n   \n",
        "\n```\nopen code zonder einde\n  \n",
        "\n> Citaat met **nadruk**. En meer.  \n\n",
        "\n- lijst *item*\n  - sub  \n\n",
        "\ntekst\\\n",
        "\ntekst met een harde breuk  \nvolgende regel\n\n",
        "\n<div>\nhtml\n</div>\n\nAlinea.\n",
        "\n[ref]: http://x.nl\n\nAlinea met [ref].\n",
        "\n\u00a0\nTekst na een harde spatie.\n",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void TheMarkdownTextReadsAsTheBodyAsWritten(string bodyAsWritten)
    {
        var frontMatter = FrontMatter.Split("---\ntitle: T\nkind: tip\n---\n" + bodyAsWritten, out _)!;
        var (trimmed, markdownText, firstLine) = frontMatter.Body();

        Assert.Equal(bodyAsWritten.Trim('\n', ' ', '\t'), trimmed);
        var asWritten = MarkdownBody.Parse(bodyAsWritten);
        var read = MarkdownBody.Parse(markdownText);
        Assert.Equal(
            MarkdownBody.Sections(bodyAsWritten, asWritten, frontMatter.BodyFirstLine),
            MarkdownBody.Sections(markdownText, read, firstLine));
        Assert.Equal(MarkdownBody.FirstSentence(bodyAsWritten, asWritten), MarkdownBody.FirstSentence(markdownText, read));
    }

    [Fact]
    public void AFirstLineIndentKeepsTheBodyAsWritten()
    {
        var frontMatter = FrontMatter.Split("---\ntitle: T\n---\n\n    code\n", out _)!;
        var body = frontMatter.Body();
        Assert.Equal("code", body.Trimmed);
        Assert.Equal("\n    code\n", body.Markdown);
        Assert.Equal(frontMatter.BodyFirstLine, body.MarkdownFirstLine);
    }

    [Fact]
    public void LeadingBlankLinesMoveTheFirstLine()
    {
        var frontMatter = FrontMatter.Split("---\ntitle: T\n---\n\n \nTekst\n", out _)!;
        var body = frontMatter.Body();
        Assert.Same(body.Trimmed, body.Markdown);
        Assert.Equal(frontMatter.BodyFirstLine + 2, body.MarkdownFirstLine);
    }
}
