using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Library;

public class KnowledgeFileParserTests
{
    private const string FullTip = """
        ---
        title: Investeer in de relatie voordat je iets van mensen nodig hebt
        kind: tip
        summary: Bouw contact op voordat je het nodig hebt.
        tags: [participatie, community, vertrouwen]
        audience: [uitvoerder, communicatieadviseur]
        perspectives: [buurten, belanghebbenden]
        author: Voornaam Achternaam
        organisation: Gemeente Voorbeeld
        source: https://example.org/tip
        updated: 2026-11-01
        related: [proactief-communitymanagement]
        language: nl
        ---

        Inleiding over **relaties**.

        ## Waarom het werkt

        Mensen helpen wie ze kennen.

        ### Een voorbeeld

        Een wijkagent die koffie drinkt.

        ## Zo begin je

        - Ga langs.
        - Luister.
        """;

    [Fact]
    public void ReadsEveryFieldOfAValidTip()
    {
        var result = KnowledgeFileParser.Parse("tips/investeer-in-de-relatie.md", FullTip);

        Assert.Empty(result.Diagnostics);
        var doc = Assert.IsType<KnowledgeDocument>(result.Document);
        Assert.Equal("investeer-in-de-relatie", doc.Id);
        Assert.Equal(DocumentKind.Tip, doc.Kind);
        Assert.Equal("Investeer in de relatie voordat je iets van mensen nodig hebt", doc.Title);
        Assert.Equal("Bouw contact op voordat je het nodig hebt.", doc.Summary);
        Assert.Equal(["participatie", "community", "vertrouwen"], doc.Tags);
        Assert.Equal(["uitvoerder", "communicatieadviseur"], doc.Audience);
        Assert.Equal(["buurten", "belanghebbenden"], doc.Perspectives);
        Assert.Equal("Voornaam Achternaam", doc.Author);
        Assert.Equal("Gemeente Voorbeeld", doc.Organisation);
        Assert.Equal("https://example.org/tip", doc.Source);
        Assert.Equal(new DateOnly(2026, 11, 1), doc.Updated);
        Assert.Equal(["proactief-communitymanagement"], doc.Related);
        Assert.Equal("nl", doc.Language);
        Assert.Equal("tips/investeer-in-de-relatie.md", doc.Path);
        Assert.StartsWith("Inleiding over **relaties**.", doc.Body);
        Assert.EndsWith("- Luister.", doc.Body);
    }

    [Fact]
    public void SplitsSectionsOnLevelTwoHeadingsWithTheirFileLines()
    {
        var doc = KnowledgeFileParser.Parse("tips/a.md", FullTip).Document!;

        Assert.Collection(doc.Sections,
            intro =>
            {
                Assert.Equal("", intro.Heading);
                Assert.Equal("Inleiding over **relaties**.", intro.Text);
                Assert.Equal(16, intro.Line);
            },
            why =>
            {
                Assert.Equal("Waarom het werkt", why.Heading);
                Assert.Equal(18, why.Line);
                // A ### heading stays inside its ## section, as Markdown source.
                Assert.Equal("Mensen helpen wie ze kennen.\n\n### Een voorbeeld\n\nEen wijkagent die koffie drinkt.", why.Text);
            },
            how =>
            {
                Assert.Equal("Zo begin je", how.Heading);
                Assert.Equal(26, how.Line);
                Assert.Equal("- Ga langs.\n- Luister.", how.Text);
            });
    }

    [Fact]
    public void HeadingInsideACodeBlockDoesNotSplit()
    {
        var text = "---\ntitle: T\nkind: tip\n---\n## Echt\n\n```\n## geen kop\n```\n\n## Tweede ##\nx\n";
        var doc = KnowledgeFileParser.Parse("a.md", text).Document!;

        Assert.Equal(["Echt", "Tweede"], doc.Sections.Select(s => s.Heading));
        Assert.Contains("## geen kop", doc.Sections[0].Text);
        Assert.Equal([5, 11], doc.Sections.Select(s => s.Line));
    }

    [Fact]
    public void BodyWithoutIntroHasNoEmptySection()
    {
        var doc = KnowledgeFileParser.Parse("a.md", "---\ntitle: T\nkind: tip\n---\n\n## Alleen\nTekst.\n").Document!;

        var section = Assert.Single(doc.Sections);
        Assert.Equal("Alleen", section.Heading);
        Assert.Equal("Tekst.", section.Text);
    }

    [Fact]
    public void HeadingMarkdownIsStripped()
    {
        var doc = KnowledgeFileParser.Parse("a.md", "---\ntitle: T\nkind: tip\n---\n## Wat **werkt** [echt](https://x.nl)\nTekst.\n").Document!;

        Assert.Equal("Wat werkt echt", doc.Sections[0].Heading);
    }

    [Theory]
    [InlineData("Schrijf **kort** en [helder](https://x.nl). Daarna de rest.", "Schrijf kort en helder.")]
    [InlineData("Gebruik o.a. korte zinnen, bijv. met één boodschap. Tweede zin.", "Gebruik o.a. korte zinnen, bijv. met één boodschap.")]
    [InlineData("Werkt dit? Ja.", "Werkt dit?")]
    [InlineData("Een zin zonder punt", "Een zin zonder punt")]
    [InlineData("## Kop\n\nEerste zin onder de kop. Tweede.", "Eerste zin onder de kop.")]
    [InlineData("- Een lijstje met `code`. En meer.", "Een lijstje met code.")]
    public void SummaryDefaultsToTheFirstSentenceInPlainText(string body, string expected)
    {
        var doc = KnowledgeFileParser.Parse("a.md", $"---\ntitle: T\nkind: tip\n---\n{body}\n").Document!;

        Assert.Equal(expected, doc.Summary);
    }

    [Fact]
    public void VeryLongFirstSentenceIsShortenedAtAWord()
    {
        var body = string.Join(' ', Enumerable.Repeat("woord", 100)) + ".";
        var doc = KnowledgeFileParser.Parse("a.md", $"---\ntitle: T\nkind: tip\n---\n{body}\n").Document!;

        Assert.True(doc.Summary.Length <= 301);
        Assert.EndsWith("woord…", doc.Summary);
    }

    [Fact]
    public void MultiLineTitleAndSummaryBecomeOneLine()
    {
        var text = "---\ntitle: >\n  Lange\n  titel\nkind: tip\nsummary: |\n  Regel een\n  regel twee\n---\nx\n";
        var doc = KnowledgeFileParser.Parse("a.md", text).Document!;

        Assert.Equal("Lange titel", doc.Title);
        Assert.Equal("Regel een regel twee", doc.Summary);
    }

    [Fact]
    public void WindowsLineEndsAndByteOrderMarkAreAccepted()
    {
        var text = "\uFEFF---\r\ntitle: T\r\nkind: case\r\nfoo: bar\r\n---\r\n## Kop\r\nTekst.\r\n";
        var result = KnowledgeFileParser.Parse("cases/a.md", text);

        Assert.Equal(DocumentKind.Case, result.Document!.Kind);
        Assert.Equal("Tekst.", result.Document.Sections[0].Text);
        Assert.Equal(6, result.Document.Sections[0].Line);
        Assert.Equal("cases/a.md:4: warning: unknown field 'foo' (ignored)", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ExplicitIdWinsOverTheFileName()
    {
        var doc = KnowledgeFileParser.Parse("tips/Mijn Tip.md", "---\ntitle: T\nkind: tip\nid: mijn-tip\n---\nx\n").Document!;

        Assert.Equal("mijn-tip", doc.Id);
    }

    [Fact]
    public void ReadsACoachProfile()
    {
        var text = """
            ---
            title: Coach Sanne
            kind: coach
            expertise: [participatie, online]
            languages: [nl, en]
            capacity_hours: 8
            ---
            Sanne helpt teams.
            """;
        var result = KnowledgeFileParser.Parse("coaches/sanne.md", text);

        Assert.Empty(result.Diagnostics);
        var doc = result.Document!;
        Assert.Equal(DocumentKind.Coach, doc.Kind);
        Assert.Equal(["participatie", "online"], doc.Expertise);
        Assert.Equal(["nl", "en"], doc.Languages);
        Assert.Equal(8, doc.CapacityHours);
    }

    [Fact]
    public void ASingleValueIsAcceptedAsAListOfOne()
    {
        var doc = KnowledgeFileParser.Parse("a.md", "---\ntitle: T\nkind: tip\ntags: participatie\naudience:\n  - bestuurder\n---\nx\n").Document!;

        Assert.Equal(["participatie"], doc.Tags);
        Assert.Equal(["bestuurder"], doc.Audience);
    }

    [Fact]
    public void RecordsTheLineOfEachField()
    {
        var doc = KnowledgeFileParser.Parse("a.md", FullTip).Document!;

        Assert.Equal(2, doc.FieldLines["title"]);
        Assert.Equal(12, doc.FieldLines["related"]);
    }
}
