using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>Plain lines are taken as they are; the result must be what every markup step on every line gives.</summary>
public sealed class PlainTextTests
{
    // Letters, white space of several kinds, every sign a markup step looks for, digits (also a non-ASCII one) and a few others.
    private const string Alphabet = "ab Zé\t\u00A0*_`<>[]()!#-+|:.,)1٣\r\n";

    [Fact]
    public void ALineTakenAsPlainIsOneNoMarkupStepChanges()
    {
        var random = new Random(20261127);
        var plain = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var line = RandomText(random, 12).Replace("\n", "").Trim();
            if (!PlainText.IsPlainLine(line)) continue;
            plain++;
            Assert.Equal(line, PlainText.WithoutMarkup(line, out var startsBlock));
            Assert.False(startsBlock, line);
        }
        Assert.True(plain > 1_000, $"only {plain} plain lines");
    }

    [Fact]
    public void MarkdownReadsAsEveryStepOnEveryLineReadsIt()
    {
        var random = new Random(20261128);
        var texts = Enumerable.Range(0, 20_000).Select(_ => RandomText(random, 60))
            .Concat(["", "een regel", "  een regel  ", "| a | b |", "|---|", "```", "1. een", "- een\nen verder\n\ntwee", "regel\r\nnog een"])
            .Concat(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents.SelectMany(d => d.Sections.Select(s => s.Text).Append(d.Body)));
        foreach (var text in texts) Assert.Equal(EveryStepOnEveryLine(text), PlainText.FromMarkdown(text));
    }

    private static string RandomText(Random random, int maxLength)
    {
        var chars = new char[random.Next(0, maxLength)];
        for (var i = 0; i < chars.Length; i++) chars[i] = random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)] : "abcde "[random.Next(6)];
        return new string(chars);
    }

    /// <summary>The reading without the plain-line shortcut: each line split off, trimmed and put through every markup step.</summary>
    private static string EveryStepOnEveryLine(string markdown)
    {
        if (string.IsNullOrEmpty(markdown)) return "";
        var result = new List<string>();
        var paragraph = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("```", StringComparison.Ordinal) || (line.StartsWith('|') && line.All(c => c is '|' or '-' or ':' or ' ')))
            {
                paragraph = false;
                continue;
            }
            if (line.StartsWith('|'))
            {
                result.Add(string.Join("; ", line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                paragraph = false;
                continue;
            }
            line = PlainText.WithoutMarkup(line, out var startsBlock);
            if (paragraph && !startsBlock && result.Count > 0) result[^1] += " " + line;
            else result.Add(line);
            paragraph = true;
        }
        return string.Join('\n', result).Trim();
    }
}
