using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Library;

/// <summary>Every rule of knowledge-format.md that concerns a single file: its message, its line, and whether the file is skipped.</summary>
public class ValidationRuleTests
{
    private static KnowledgeFileResult Parse(string frontMatter, string body = "Tekst.", string path = "tips/a.md") =>
        KnowledgeFileParser.Parse(path, $"---\n{frontMatter}\n---\n{body}\n");

    private static Diagnostic SingleError(KnowledgeFileResult result)
    {
        Assert.Null(result.Document);
        return Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void BrokenYamlIsAnErrorAtTheFileLine()
    {
        var result = Parse("title: T\nkind: tip\ntags: [a, b\nauthor: X");

        var error = SingleError(result);
        Assert.StartsWith("broken YAML in the front matter: ", error.Message);
        Assert.InRange(error.Line, 4, 5);
        Assert.StartsWith("tips/a.md:", error.ToString());
    }

    [Fact]
    public void BadIndentationIsReportedOnItsOwnLine()
    {
        var result = KnowledgeFileParser.Parse("a.md", "---\ntitle: T\nkind: tip\nsummary: a\n  author: b: c\n---\nx\n");

        Assert.Equal(5, SingleError(result).Line);
    }

    [Fact]
    public void DuplicateKeyIsBrokenYaml()
    {
        var error = SingleError(Parse("title: T\nkind: tip\ntitle: U"));

        Assert.Contains("Duplicate key", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void FileWithoutFrontMatterIsAnError()
    {
        var error = SingleError(KnowledgeFileParser.Parse("a.md", "# Titel\n\nTekst.\n"));

        Assert.Equal(1, error.Line);
        Assert.StartsWith("no front matter", error.Message);
    }

    [Fact]
    public void UnclosedFrontMatterIsAnError()
    {
        var error = SingleError(KnowledgeFileParser.Parse("a.md", "---\ntitle: T\nkind: tip\n\nTekst.\n"));

        Assert.StartsWith("front matter is not closed", error.Message);
    }

    [Fact]
    public void FrontMatterThatIsNotFieldsIsAnError()
    {
        var error = SingleError(Parse("- title\n- kind"));

        Assert.Contains("'name: value'", error.Message);
    }

    [Fact]
    public void EmptyFrontMatterMissesBothRequiredFields()
    {
        var result = KnowledgeFileParser.Parse("a.md", "---\n---\nTekst.\n");

        Assert.Null(result.Document);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void MissingTitleIsAnError()
    {
        var error = SingleError(Parse("kind: tip"));

        Assert.Equal("missing required field 'title'", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void EmptyTitleIsAnErrorOnItsLine()
    {
        var error = SingleError(Parse("kind: tip\ntitle:"));

        Assert.Equal("'title' is empty", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void TitleThatIsAListIsAnError()
    {
        var error = SingleError(Parse("kind: tip\ntitle: [a, b]"));

        Assert.Contains("'title' must be text", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void MissingKindIsAnError()
    {
        var error = SingleError(Parse("title: T"));

        Assert.StartsWith("missing required field 'kind'", error.Message);
    }

    [Theory]
    [InlineData("tips")]
    [InlineData("Tip")]
    [InlineData("faq")]
    public void UnknownKindIsAnError(string kind)
    {
        var error = SingleError(Parse($"title: T\nkind: {kind}"));

        Assert.Equal($"unknown kind '{kind}' (use one of: tip, case, workshop, coach)", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("Mijn-Tip")]
    [InlineData("mijn_tip")]
    [InlineData("mijn tip")]
    [InlineData("crëeren")]
    public void IdThatIsNotASlugIsAnError(string id)
    {
        var error = SingleError(Parse($"title: T\nkind: tip\nid: {id}"));

        Assert.Contains("is not a slug", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void FileNameThatCannotBeTheIdIsAnError()
    {
        var error = SingleError(Parse("title: T\nkind: tip", path: "tips/Mijn Tip.md"));

        Assert.Contains("file name 'Mijn Tip' cannot be the id", error.Message);
    }

    [Theory]
    [InlineData("audience: [uitvoerder, manager]", "'audience' value 'manager' is not allowed")]
    [InlineData("perspectives: [burgers]", "'perspectives' value 'burgers' is not allowed")]
    [InlineData("expertise: [marketing]", "'expertise' value 'marketing' is not allowed")]
    [InlineData("language: de", "'language' value 'de' is not allowed (use: nl, en)")]
    [InlineData("language: no", "'language' value 'no' is not allowed (use: nl, en)")]
    public void ValueOutsideItsVocabularyIsAnError(string field, string message)
    {
        var result = Parse($"title: T\nkind: coach\n{field}");

        var error = SingleError(result);
        Assert.StartsWith(message, error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void VocabularyErrorPointsAtTheItemInABlockList()
    {
        var error = SingleError(Parse("title: T\nkind: tip\naudience:\n  - uitvoerder\n  - baas"));

        Assert.Equal(6, error.Line);
    }

    [Theory]
    [InlineData("/tips/elders")]
    [InlineData("www.example.org")]
    [InlineData("ftp://example.org/x")]
    [InlineData("mailto:coach@example.org")]
    [InlineData("https://")]
    public void SourceThatIsNotAnAbsoluteHttpUrlIsAnError(string source)
    {
        var error = SingleError(Parse($"title: T\nkind: tip\nsource: {source}"));

        Assert.StartsWith("'source' must be an absolute http(s) URL", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void HttpSourceIsAccepted()
    {
        Assert.Equal("http://example.org/x", Parse("title: T\nkind: tip\nsource: http://example.org/x").Document!.Source);
    }

    [Theory]
    [InlineData("1-11-2026")]
    [InlineData("2026-13-01")]
    [InlineData("2026/11/01")]
    [InlineData("november 2026")]
    public void UpdatedThatIsNotAnIsoDateIsAnError(string updated)
    {
        var error = SingleError(Parse($"title: T\nkind: tip\nupdated: {updated}"));

        Assert.StartsWith("'updated' must be an ISO date", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("[Participatie]", "Participatie", "participatie")]
    [InlineData("[burger participatie]", "burger participatie", "burger-participatie")]
    [InlineData("[communicatie, b1_taal]", "b1_taal", "b1-taal")]
    public void TagThatIsNotASlugIsAnErrorWithASuggestion(string tags, string bad, string suggestion)
    {
        var error = SingleError(Parse($"title: T\nkind: tip\ntags: {tags}"));

        Assert.Equal($"'tags' value '{bad}' is not a slug (use lower-case letters a-z, digits and '-', e.g. '{suggestion}')", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("acht")]
    [InlineData("8.5")]
    [InlineData("-4")]
    [InlineData("[8]")]
    public void CapacityHoursThatIsNotANumberIsAnError(string value)
    {
        var result = Parse($"title: T\nkind: coach\ncapacity_hours: {value}");

        var error = SingleError(result);
        Assert.Contains("'capacity_hours' must be", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void UnknownFieldIsOnlyAWarning()
    {
        var result = Parse("title: T\nkind: tip\nreviewer: Piet\nTags: [x]");

        Assert.NotNull(result.Document);
        Assert.Equal(
            ["tips/a.md:4: warning: unknown field 'reviewer' (ignored)",
             "tips/a.md:5: warning: unknown field 'Tags' (ignored; did you mean 'tags'?)"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void CoachFieldOnATipIsAWarning()
    {
        var result = Parse("title: T\nkind: tip\ncapacity_hours: 4");

        Assert.NotNull(result.Document);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
    }

    [Fact]
    public void EmptyBodyIsAWarning()
    {
        var result = KnowledgeFileParser.Parse("a.md", "---\ntitle: T\nkind: tip\n---\n");

        Assert.NotNull(result.Document);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void EveryErrorOfAFileIsReportedAtOnce()
    {
        var result = Parse("title: T\nkind: tip\ntags: [A]\naudience: [x]\nsource: nope\nupdated: gisteren");

        Assert.Null(result.Document);
        Assert.Equal([4, 5, 6, 7], result.Diagnostics.Select(d => d.Line));
    }
}
