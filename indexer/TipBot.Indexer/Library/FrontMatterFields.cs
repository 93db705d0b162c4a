using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TipBot.Indexer.Library;

/// <summary>The front matter's fields with their file lines; problems go to the file's diagnostics.</summary>
internal sealed class FrontMatterFields
{
    private readonly Dictionary<string, (int Line, FrontMatterValue Value)> fields = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Line)> order = [];
    private readonly FileDiagnostics diagnostics;
    private readonly int lineOffset;

    private FrontMatterFields(FileDiagnostics diagnostics, int lineOffset)
    {
        this.diagnostics = diagnostics;
        this.lineOffset = lineOffset;
    }

    /// <summary>Reads the fields; null (after reporting an error) when the YAML is broken or is not a set of fields.</summary>
    /// <param name="plainShapes">Read the plain shapes without the YAML parser (<see cref="PlainFrontMatter"/>); tests turn it off to compare.</param>
    public static FrontMatterFields? Read(FrontMatter frontMatter, FileDiagnostics diagnostics, bool plainShapes = true)
    {
        var result = new FrontMatterFields(diagnostics, frontMatter.YamlFirstLine - 1);
        if (plainShapes && PlainFrontMatter.TryRead(frontMatter.Yaml, frontMatter.YamlFirstLine) is { } plain)
        {
            foreach (var (name, line, value) in plain) result.Add(name, line, value);
            return result;
        }
        return ReadYaml(frontMatter, diagnostics, result);
    }

    private static FrontMatterFields? ReadYaml(FrontMatter frontMatter, FileDiagnostics diagnostics, FrontMatterFields result)
    {
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

            result.Add(name, result.FileLine(key.Start), result.ValueOf(value));
        }

        return result;
    }

    private void Add(string name, int line, FrontMatterValue value)
    {
        fields[name] = (line, value);
        order.Add((name, line));
    }

    private FrontMatterValue ValueOf(YamlNode node) => node switch
    {
        YamlScalarNode scalar => FrontMatterValue.OfText(scalar.Value),
        YamlSequenceNode sequence => FrontMatterValue.OfList(sequence.Children
            .Select(item => new FrontMatterItem(item is YamlScalarNode, (item as YamlScalarNode)?.Value, FileLine(item.Start)))
            .ToList()),
        _ => FrontMatterValue.Other,
    };

    /// <summary>Every field name in file order, with the line of its key.</summary>
    public IReadOnlyList<(string Name, int Line)> Names => order;

    public bool Has(string name) => fields.ContainsKey(name);

    /// <summary>True when the field is present and holds a single value (possibly empty) rather than a list.</summary>
    public bool IsText(string name) => fields.TryGetValue(name, out var field) && field.Value.IsText;

    /// <summary>The line of a field's key, or 1 when the field is absent (the error then concerns the whole file).</summary>
    public int LineOf(string name) => fields.TryGetValue(name, out var field) ? field.Line : 1;

    /// <summary>A text field, trimmed; null when absent or empty, or (with an error) when it is not text.</summary>
    public string? Text(string name)
    {
        if (!fields.TryGetValue(name, out var field))
            return null;

        if (!field.Value.IsText)
        {
            diagnostics.Error(field.Line, $"'{name}' must be text, not a list or a group of fields");
            return null;
        }

        var text = field.Value.Text?.Trim();
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

        if (field.Value.IsText)
        {
            var single = field.Value.Text?.Trim();
            return string.IsNullOrEmpty(single) ? [] : [(single, field.Line)];
        }

        if (!field.Value.IsList)
        {
            diagnostics.Error(field.Line, $"'{name}' must be a list, like [a, b]");
            return [];
        }

        var items = new List<(string, int)>();
        foreach (var item in field.Value.Items)
        {
            if (item is { IsText: true, Text: { } value } && value.Trim().Length > 0)
                items.Add((value.Trim(), item.Line));
            else if (!item.IsText)
                diagnostics.Error(item.Line, $"each item of '{name}' must be a single word or text");
        }

        return items;
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
