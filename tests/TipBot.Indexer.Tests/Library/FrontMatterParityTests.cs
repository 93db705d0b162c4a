using System.Text.Json;
using TipBot.Indexer.Cli.Bench;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Library;

/// <summary>
/// Front matter read by <see cref="PlainFrontMatter"/> gives the same document, errors, warnings and lines as the YAML
/// parser; shapes it does not take are handed to the parser.
/// </summary>
public class FrontMatterParityTests
{
    public static TheoryData<string> FrontMatters() =>
    [
        "title: Investeer in de relatie\nkind: tip\nsummary: Bouw contact op, ook met ondernemers.\ntags: [participatie, community]\naudience: [uitvoerder, communicatieadviseur]\nperspectives: [buurten]\nauthor: Voornaam Achternaam\norganisation: Gemeente Voorbeeld\nsource: https://example.org/tip\nupdated: 2026-11-01\nrelated: [proactief-communitymanagement]\nlanguage: nl",
        "title: \"Gemeente: iets met een dubbele punt\"\nkind: tip",
        "title: 'Gemeente: enkel aangehaald'\nkind: tip",
        "title: \"\"\nkind: tip",
        "title: ''\nkind: tip",
        "title: T\nkind: tip\ntags: []",
        "title: T\nkind: tip\ntags: [ ]",
        "title: T\nkind: tip\ntags: [a,b,  c ]",
        "title: T\nkind: tip\ntags: [a, , b]",
        "title: T\nkind: tip\ntags: [a,]",
        "title: T\nkind: tip\ntags: [a, [b]]",
        "title: T\nkind: tip\ntags: [a: b]",
        "title: T\nkind: tip\ntags: [\"a\", b]",
        "title: T\nkind: tip\ntags: [Burger Participatie, b1_taal]",
        "title: T\nkind: tip\ntags: [a]]",
        "title: T\nkind: tip\ntags: {a: b}",
        "title: T\nkind: tip\ntags: participatie",
        "title: T\nkind: tip\ntags:\n  - a\n  - b",
        "title: T\nkind: tip\naudience:\n  - uitvoerder\n  - baas",
        "title: a [b] c\nkind: tip",
        "title: a, b en c\nkind: tip",
        "title: C# voor coaches\nkind: tip",
        "title: T # een opmerking\nkind: tip",
        "title: T\nkind: tip\nsummary: een: twee",
        "title: T:\nkind: tip",
        "title: T\n\nkind: tip",
        "title: T\nkind: tip\n# een opmerking",
        "title: T\nkind: tip\ntitle: U",
        "title: T\nkind: tip\nsummary: een lange\n  zin over twee regels",
        "title: T\nkind:tip",
        "title: T\nkind: tip\nauthor: \"a \\\"b\\\" c\"",
        "title: T\nkind: tip\nauthor: 'it''s'",
        "title: \"T\"x\nkind: tip",
        "title: null\nkind: tip",
        "title: ~\nkind: tip",
        "title: true\nkind: tip",
        "title: 12\nkind: tip\ncapacity_hours: 8",
        "title: T\nkind: coach\ncapacity_hours: 8\nexpertise: [online, onderzoek]\nlanguages: [nl, en]",
        "title: T\nkind: tip\ncapacity_hours: 4",
        "Title: T\ntitle: T\nkind: tip",
        "title:    T met spaties   \nkind: tip   ",
        "title: T\tmet tab\nkind: tip",
        "title: &a T\nkind: *a",
        "title: -T\nkind: tip",
        "title: - T\nkind: tip",
        "title:\nkind: tip",
        "title: T\nkind: tip\nid: mijn-tip",
        "title: T\nkind: tip\nid: Mijn-Tip",
        "title: ...\nkind: tip",
        "title: T\nkind: tip\nsource: https://example.org/a?b=c#d",
        "title: T\nkind: tip\nsource: nope",
        "title: T\nkind: tip\nupdated: gisteren",
        "title: T\nkind: tip\nx-y: z\n_z: w",
        "title: ünïcödé en ideeën\nkind: tip",
        "title: T\nkind: tip\n   ",
        "  title: T\nkind: tip",
        "title: T\nkind: tip\nlanguage: en",
        "title: T\nkind: tip\nlanguage: de",
        "title: T\nkind: wat",
        "kind: tip",
        "title: T",
        "- title\n- kind",
        "title: [a, b]\nkind: tip",
        "title: T\nkind: tip\ntags: [a, b\nauthor: X",
        "title: T\nkind: tip\nsummary: a\n  author: b: c",
        "title: T\nkind: tip\nrelated: [een-id, nog-een]",
        "title: T\nkind: tip\nsummary: regel\u2028regel",
        "title: T\nkind: tip\nsummary: a\u0085b",
    ];

    [Theory]
    [MemberData(nameof(FrontMatters))]
    public void PlainReadingAgreesWithTheYamlParser(string frontMatter) =>
        AssertSameReading("tips/a.md", $"---\n{frontMatter}\n---\n\nTekst van de tip.\n");

    [Fact]
    public void EveryFileOfTheRealLibraryReadsTheSame()
    {
        var knowledge = Path.Combine(RepositoryRoot.Find(), "knowledge");
        foreach (var file in KnowledgeLoader.KnowledgeFiles(knowledge))
            AssertSameReading(file, File.ReadAllText(Path.Combine(knowledge, file)));
    }

    [Fact]
    public void SyntheticTipsReadTheSame()
    {
        var corpus = SyntheticCorpus.FromLibrary([]);
        for (var i = 0; i < 200; i++)
            AssertSameReading(SyntheticCorpus.PathOf(i), corpus.Markdown(i));
    }

    [Theory]
    [InlineData("title: T\nkind: tip\ntags: [a, b]\nupdated: 2026-11-01")]
    [InlineData("title: \"Gemeente: iets\"\nkind: tip\nsummary: Een zin, met komma's.")]
    [InlineData("title: T\n\nkind: tip\ntags: []")]
    public void PlainShapesAreReadWithoutTheParser(string yaml) => Assert.NotNull(PlainFrontMatter.TryRead(yaml, 2));

    [Theory]
    [InlineData("title: T # opmerking\nkind: tip")]
    [InlineData("title: T\nkind: tip\ntitle: U")]
    [InlineData("title: T\nkind: tip\ntags:\n  - a")]
    [InlineData("title:\nkind: tip")]
    [InlineData("title: T\nkind: tip\nauthor: 'it''s'")]
    [InlineData("title: T\nkind: tip\ntags: [a, [b]]")]
    [InlineData("")]
    public void OtherShapesAreLeftToTheParser(string yaml) => Assert.Null(PlainFrontMatter.TryRead(yaml, 2));

    [Fact]
    public void PlainReadingGivesTheFileLinesOfKeysAndItems()
    {
        var result = KnowledgeFileParser.Parse("tips/a.md", "---\ntitle: T\n\nkind: tip\ntags: [goed, Fout]\n---\nTekst.\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("tips/a.md:5: error: 'tags' value 'Fout' is not a slug (use lower-case letters a-z, digits and '-', e.g. 'fout')", error.ToString());
    }

    private static void AssertSameReading(string path, string text)
    {
        var plain = KnowledgeFileParser.Parse(path, text, plainFrontMatter: true);
        var yaml = KnowledgeFileParser.Parse(path, text, plainFrontMatter: false);
        Assert.Equal(Describe(yaml), Describe(plain));
    }

    private static string Describe(KnowledgeFileResult result) =>
        JsonSerializer.Serialize(new { result.Document, Diagnostics = result.Diagnostics.Select(d => d.ToString()) });
}
