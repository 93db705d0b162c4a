using System.Globalization;

namespace TipBot.Indexer.Library;

/// <summary>Parses and validates one knowledge file on its own (rules that need the whole folder live in <see cref="KnowledgeLoader"/>).</summary>
public static class KnowledgeFileParser
{
    private static readonly string[] KnownFields =
    [
        "title", "kind", "id", "summary", "tags", "audience", "perspectives", "author", "organisation",
        "source", "updated", "related", "language", "expertise", "languages", "capacity_hours",
    ];

    private static readonly string[] CoachOnlyFields = ["expertise", "languages", "capacity_hours"];

    /// <summary>Parses <paramref name="text"/>; <paramref name="relativePath"/> (forward slashes) names the file in diagnostics and gives the default id.</summary>
    public static KnowledgeFileResult Parse(string relativePath, string text) => Parse(relativePath, text, plainFrontMatter: true);

    /// <param name="plainFrontMatter">Read front matter in the plain shapes without the YAML parser (tests compare both readings).</param>
    internal static KnowledgeFileResult Parse(string relativePath, string text, bool plainFrontMatter)
    {
        var path = relativePath.Replace('\\', '/');
        var diagnostics = new FileDiagnostics(path);
        var normalised = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');

        var frontMatter = FrontMatter.Split(normalised, out var problem);
        if (frontMatter is null)
        {
            diagnostics.Error(1, problem!);
            return new KnowledgeFileResult(null, diagnostics.Items);
        }

        var fields = FrontMatterFields.Read(frontMatter, diagnostics, plainFrontMatter);
        if (fields is null)
            return new KnowledgeFileResult(null, diagnostics.Items);

        var document = Build(path, frontMatter, fields, diagnostics);
        return new KnowledgeFileResult(diagnostics.HasErrors ? null : document, diagnostics.Items);
    }

    /// <summary>The id a file gets when its front matter has none: the file name without <c>.md</c>.</summary>
    public static string DefaultId(string relativePath)
    {
        var name = relativePath.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
    }

    private static KnowledgeDocument? Build(string path, FrontMatter frontMatter, FrontMatterFields fields, FileDiagnostics diagnostics)
    {
        WarnAboutUnknownFields(fields, diagnostics);

        var title = fields.Text("title");
        if (!fields.Has("title"))
            diagnostics.Error(1, "missing required field 'title'");
        else if (title is null && fields.IsText("title"))
            diagnostics.Error(fields.LineOf("title"), "'title' is empty");

        var kind = ReadKind(fields, diagnostics);
        if (kind is not null and not DocumentKind.Coach)
        {
            foreach (var name in CoachOnlyFields)
            {
                if (fields.Has(name))
                    diagnostics.Warning(fields.LineOf(name), $"'{name}' is only used in coach profiles (kind: coach)");
            }
        }

        var id = ReadId(path, fields, diagnostics);
        var tags = Slugs(fields, "tags", diagnostics);
        var audience = Vocabulary(fields, "audience", KnowledgeVocabulary.Audience, diagnostics);
        var perspectives = Vocabulary(fields, "perspectives", KnowledgeVocabulary.Perspectives, diagnostics);
        var expertise = Vocabulary(fields, "expertise", KnowledgeVocabulary.Expertise, diagnostics);
        var language = ReadLanguage(fields, diagnostics);
        var source = ReadSource(fields, diagnostics);
        var updated = ReadUpdated(fields, diagnostics);
        var capacity = ReadCapacity(fields, diagnostics);
        var related = DistinctValues(fields.List("related"));
        var languages = DistinctValues(fields.List("languages"));
        var author = fields.Text("author");
        var organisation = fields.Text("organisation");
        var summaryField = fields.Text("summary");

        var (body, markdownText, markdownFirstLine) = frontMatter.Body();
        var markdown = MarkdownBody.Parse(markdownText);
        var sections = MarkdownBody.Sections(markdownText, markdown, markdownFirstLine);
        var summary = summaryField is null ? MarkdownBody.FirstSentence(markdownText, markdown) : OneLine(summaryField);
        if (body.Length == 0)
            diagnostics.Warning(frontMatter.BodyFirstLine - 1, "the file has no text after the front matter");

        if (title is null || kind is null || id is null)
            return null;

        return new KnowledgeDocument
        {
            Id = id,
            Kind = kind.Value,
            Title = OneLine(title),
            Summary = summary,
            Path = path,
            Body = body,
            Sections = sections,
            Tags = tags,
            Audience = audience,
            Perspectives = perspectives,
            Author = author,
            Organisation = organisation,
            Source = source,
            Updated = updated,
            Related = related,
            Language = language,
            Expertise = expertise,
            Languages = languages,
            CapacityHours = capacity,
            FieldLines = FirstLines(fields.Names),
        };
    }

    private static void WarnAboutUnknownFields(FrontMatterFields fields, FileDiagnostics diagnostics)
    {
        foreach (var (name, line) in fields.Names)
        {
            if (KnownFields.Contains(name))
                continue;
            var known = KnownFields.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            diagnostics.Warning(line, known is null
                ? $"unknown field '{name}' (ignored)"
                : $"unknown field '{name}' (ignored; did you mean '{known}'?)");
        }
    }

    private static DocumentKind? ReadKind(FrontMatterFields fields, FileDiagnostics diagnostics)
    {
        if (!fields.Has("kind"))
        {
            diagnostics.Error(1, "missing required field 'kind' (one of: tip, case, workshop, coach)");
            return null;
        }

        var text = fields.Text("kind");
        if (text is null)
        {
            diagnostics.Error(fields.LineOf("kind"), "'kind' is empty (use one of: tip, case, workshop, coach)");
            return null;
        }

        var kind = KnowledgeVocabulary.ParseKind(text);
        if (kind is null)
            diagnostics.Error(fields.LineOf("kind"), $"unknown kind '{text}' (use one of: {string.Join(", ", KnowledgeVocabulary.Kinds)})");
        return kind;
    }

    private static string? ReadId(string path, FrontMatterFields fields, FileDiagnostics diagnostics)
    {
        if (fields.Has("id"))
        {
            var id = fields.Text("id");
            if (id is not null && KnowledgeVocabulary.IsSlug(id))
                return id;
            diagnostics.Error(fields.LineOf("id"), $"id '{id}' is not a slug (use lower-case letters a-z, digits and '-')");
            return null;
        }

        var fromName = DefaultId(path);
        if (KnowledgeVocabulary.IsSlug(fromName))
            return fromName;
        diagnostics.Error(1, $"the file name '{fromName}' cannot be the id: rename the file to lower-case letters, digits and '-', or add an 'id' field");
        return null;
    }

    private static List<string> Slugs(FrontMatterFields fields, string name, FileDiagnostics diagnostics)
    {
        var values = new List<string>();
        foreach (var (value, line) in fields.List(name))
        {
            if (KnowledgeVocabulary.IsSlug(value))
                AddOnce(values, value);
            else
                diagnostics.Error(line, $"'{name}' value '{value}' is not a slug (use lower-case letters a-z, digits and '-', e.g. '{Slugify(value)}')");
        }

        return values;
    }

    private static List<string> Vocabulary(FrontMatterFields fields, string name, IReadOnlyList<string> allowed, FileDiagnostics diagnostics)
    {
        var values = new List<string>();
        foreach (var (value, line) in fields.List(name))
        {
            if (allowed.Contains(value))
                AddOnce(values, value);
            else
                diagnostics.Error(line, $"'{name}' value '{value}' is not allowed (use: {string.Join(", ", allowed)})");
        }

        return values;
    }

    // A field's values are a handful: a look along the list costs less than a set per field (what Distinct made).
    private static void AddOnce(List<string> values, string value)
    {
        if (!values.Contains(value)) values.Add(value);
    }

    private static List<string> DistinctValues(IReadOnlyList<(string Value, int Line)> items)
    {
        var values = new List<string>(items.Count);
        foreach (var (value, _) in items) AddOnce(values, value);
        return values;
    }

    /// <summary>Each field name's first line, in the order the names first appear.</summary>
    private static Dictionary<string, int> FirstLines(IReadOnlyList<(string Name, int Line)> names)
    {
        var lines = new Dictionary<string, int>(names.Count);
        foreach (var (name, line) in names) lines.TryAdd(name, line);
        return lines;
    }

    private static string ReadLanguage(FrontMatterFields fields, FileDiagnostics diagnostics)
    {
        var language = fields.Text("language");
        if (language is null)
            return "nl";
        if (KnowledgeVocabulary.Languages.Contains(language))
            return language;
        diagnostics.Error(fields.LineOf("language"), $"'language' value '{language}' is not allowed (use: nl, en)");
        return "nl";
    }

    private static string? ReadSource(FrontMatterFields fields, FileDiagnostics diagnostics)
    {
        var source = fields.Text("source");
        if (source is null)
            return null;
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0)
            return source;
        diagnostics.Error(fields.LineOf("source"), $"'source' must be an absolute http(s) URL, like https://example.org/page (got '{source}')");
        return null;
    }

    private static DateOnly? ReadUpdated(FrontMatterFields fields, FileDiagnostics diagnostics)
    {
        var updated = fields.Text("updated");
        if (updated is null)
            return null;
        if (DateOnly.TryParseExact(updated, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        diagnostics.Error(fields.LineOf("updated"), $"'updated' must be an ISO date YYYY-MM-DD, like 2026-11-01 (got '{updated}')");
        return null;
    }

    private static int? ReadCapacity(FrontMatterFields fields, FileDiagnostics diagnostics)
    {
        var capacity = fields.Text("capacity_hours");
        if (capacity is null)
            return null;
        if (int.TryParse(capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
            return hours;
        diagnostics.Error(fields.LineOf("capacity_hours"), $"'capacity_hours' must be a whole number of hours a month, like 8 (got '{capacity}')");
        return null;
    }

    private static readonly char[] LineSpace = ['\n', '\r', '\t', ' '];

    private static string OneLine(string text) => IsOneLine(text) ? text : string.Join(' ', text.Split(LineSpace, StringSplitOptions.RemoveEmptyEntries));

    // Words already one space apart on one line, with no space at either end: splitting and joining again would give the
    // same text. (White space other than the four split on also takes the split, which then leaves it as it is.)
    private static bool IsOneLine(string text) =>
        text.Length == 0 || (text[0] != ' ' && text[^1] != ' ' && SingleSpaced.Is(text));

    private static string Slugify(string value)
    {
        var folded = new string(value.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')
            .ToArray());
        return string.Join('-', folded.Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
