using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TipBot.Indexer.Library;

/// <summary>The front matter's fields as YAML nodes, read with their file lines; problems go to the file's diagnostics.</summary>
internal sealed class FrontMatterFields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> fields = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Line)> order = [];
    private readonly FileDiagnostics diagnostics;
    private readonly int lineOffset;

    private FrontMatterFields(FileDiagnostics diagnostics, int lineOffset)
    {
        this.diagnostics = diagnostics;
        this.lineOffset = lineOffset;
    }

    /// <summary>Parses the YAML; null (after reporting an error) when it is broken or is not a set of fields.</summary>
    public static FrontMatterFields? Read(FrontMatter frontMatter, FileDiagnostics diagnostics)
    {
        var result = new FrontMatterFields(diagnostics, frontMatter.YamlFirstLine - 1);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(frontMatter.Yaml));
        }
        catch (YamlException e)
        {
            // The YAML parser counts from the front matter's first line; coaches need the file's line.
            var line = Math.Clamp(result.FileLine(e.Start), frontMatter.YamlFirstLine, frontMatter.YamlLastLine);
            diagnostics.Error(line, $"broken YAML in the front matter: {e.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this without a position for some malformed input (e.g. an unclosed [ list).
            var line = FirstBrokenLine(frontMatter.Yaml) + frontMatter.YamlFirstLine - 1;
            diagnostics.Error(line, "broken YAML in the front matter: check the brackets, quotes and indentation");
            return null;
        }

        if (stream.Documents.Count == 0)
            return result;

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(frontMatter.YamlFirstLine, "the front matter must be fields written as 'name: value'");
            return null;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                diagnostics.Error(result.FileLine(key.Start), "a field name must be plain text");
                continue;
            }

            result.fields[name] = (key, value);
            result.order.Add((name, result.FileLine(key.Start)));
        }

        return result;
    }

    /// <summary>Every field name in file order, with the line of its key.</summary>
    public IReadOnlyList<(string Name, int Line)> Names => order;

    public bool Has(string name) => fields.ContainsKey(name);

    /// <summary>True when the field is present and holds a single value (possibly empty) rather than a list.</summary>
    public bool IsText(string name) => fields.TryGetValue(name, out var field) && field.Value is YamlScalarNode;

    /// <summary>The line of a field's key, or 1 when the field is absent (the error then concerns the whole file).</summary>
    public int LineOf(string name) => fields.TryGetValue(name, out var field) ? FileLine(field.Key.Start) : 1;

    /// <summary>A text field, trimmed; null when absent or empty, or (with an error) when it is not text.</summary>
    public string? Text(string name)
    {
        if (!fields.TryGetValue(name, out var field))
            return null;

        if (field.Value is not YamlScalarNode scalar)
        {
            diagnostics.Error(FileLine(field.Key.Start), $"'{name}' must be text, not a list or a group of fields");
            return null;
        }

        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// A list field's items with their lines. A single value is accepted as a list of one,
    /// because coaches often write <c>tags: participatie</c>.
    /// </summary>
    public IReadOnlyList<(string Value, int Line)> List(string name)
    {
        if (!fields.TryGetValue(name, out var field))
            return [];

        switch (field.Value)
        {
            case YamlScalarNode scalar:
                var single = scalar.Value?.Trim();
                return string.IsNullOrEmpty(single) ? [] : [(single, FileLine(field.Key.Start))];
            case YamlSequenceNode sequence:
                var items = new List<(string, int)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
                        items.Add((value.Trim(), FileLine(item.Start)));
                    else if (item is not YamlScalarNode)
                        diagnostics.Error(FileLine(item.Start), $"each item of '{name}' must be a single word or text");
                }

                return items;
            default:
                diagnostics.Error(FileLine(field.Key.Start), $"'{name}' must be a list, like [a, b]");
                return [];
        }
    }

    /// <summary>The first line (1-based in the YAML) after which the text so far no longer parses.</summary>
    private static int FirstBrokenLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var count = 1; count <= lines.Length; count++)
        {
            try
            {
                new YamlStream().Load(new StringReader(string.Join('\n', lines[..count])));
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException)
            {
                return count;
            }
        }

        return 1;
    }

    private int FileLine(Mark mark) => (int)mark.Line + lineOffset;
}
