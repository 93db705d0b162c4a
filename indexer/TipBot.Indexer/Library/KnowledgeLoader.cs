namespace TipBot.Indexer.Library;

/// <summary>Loads a knowledge folder: every <c>.md</c> file parsed and validated, plus the rules that span files.</summary>
public static class KnowledgeLoader
{
    /// <summary>
    /// Parses every knowledge file under <paramref name="directory"/>, in path order. A file with errors is
    /// left out; the others still load. Throws <see cref="DirectoryNotFoundException"/> when the folder is missing.
    /// </summary>
    public static KnowledgeSet Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"knowledge folder not found: {directory}");

        var documents = new List<KnowledgeDocument>();
        var diagnostics = new List<Diagnostic>();
        var firstPathById = new Dictionary<string, string>(StringComparer.Ordinal);

        // Files are independent until the cross-file rules below, so they are read and parsed in parallel, results kept in path order.
        var results = KnowledgeFiles(directory).AsParallel().AsOrdered().Select(path => ParseFile(directory, path)).ToList();
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            if (result.Document is not { } document)
                continue;

            if (firstPathById.TryGetValue(document.Id, out var firstPath))
            {
                var line = IdLine(result);
                diagnostics.Add(new Diagnostic(document.Path, line, DiagnosticSeverity.Error,
                    $"duplicate id '{document.Id}': already used by {firstPath}"));
                continue;
            }

            firstPathById[document.Id] = document.Path;
            documents.Add(document);
        }

        foreach (var document in documents)
        {
            foreach (var related in document.Related.Where(r => !firstPathById.ContainsKey(r)))
            {
                diagnostics.Add(new Diagnostic(document.Path, RelatedLine(document), DiagnosticSeverity.Warning,
                    $"'related' names '{related}', which is not an id in the library"));
            }
        }

        var ordered = diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Path, StringComparer.Ordinal)
            .ThenBy(x => x.d.Line)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
        return new KnowledgeSet(documents, ordered);
    }

    /// <summary>
    /// True for a path (relative to the folder) the library reads: it ends in <c>.md</c> and no part of it
    /// starts with <c>_</c> or <c>.</c> (drafts, editor and VCS folders). Useful for file watchers too.
    /// </summary>
    public static bool IsKnowledgeFile(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0
            && parts[^1].EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && parts.All(p => !p.StartsWith('_') && !p.StartsWith('.'));
    }

    /// <summary>The knowledge files under a folder, relative with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> KnowledgeFiles(string directory)
    {
        var root = Path.GetFullPath(directory);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(IsKnowledgeFile)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static KnowledgeFileResult ParseFile(string directory, string relativePath)
    {
        string text;
        try
        {
            text = KnowledgeFileText.Read(Path.Combine(directory, relativePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new KnowledgeFileResult(null, [new Diagnostic(relativePath, 1, DiagnosticSeverity.Error, $"cannot read the file: {e.Message}")]);
        }

        return KnowledgeFileParser.Parse(relativePath, text);
    }

    private static int IdLine(KnowledgeFileResult result) => FieldLine(result.Document!, "id");

    private static int RelatedLine(KnowledgeDocument document) => FieldLine(document, "related");

    // Cross-file rules only have the parsed document, so the key's line is found again in the file's front matter.
    private static int FieldLine(KnowledgeDocument document, string field) =>
        document.FieldLines.TryGetValue(field, out var line) ? line : 1;
}
