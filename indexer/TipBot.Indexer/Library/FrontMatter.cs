namespace TipBot.Indexer.Library;

/// <summary>A knowledge file cut into its YAML front matter and its Markdown body, with the file line each starts on.</summary>
internal sealed record FrontMatter(string Yaml, int YamlFirstLine, int YamlLastLine, string Body, int BodyFirstLine)
{
    /// <summary>Splits normalised text (LF line ends); null with a reason when there is no closed front matter.</summary>
    public static FrontMatter? Split(string text, out string? problem)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            problem = "no front matter: the file must start with a line '---', then the fields (title, kind, ...), then '---'";
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                problem = null;
                return new FrontMatter(
                    string.Join('\n', lines[1..i]),
                    YamlFirstLine: 2,
                    YamlLastLine: Math.Max(i, 2),
                    string.Join('\n', lines[(i + 1)..]),
                    BodyFirstLine: i + 2);
            }
        }

        problem = "front matter is not closed: add a line '---' after the last field";
        return null;
    }
}
