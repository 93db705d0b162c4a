namespace TipBot.Indexer.Cli.Bench;

/// <summary>A temporary folder holding one stage's synthetic knowledge folder and index; deleted on dispose.</summary>
public sealed class BenchWorkspace : IDisposable
{
    public BenchWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "tipbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Knowledge => Path.Combine(Root, "knowledge");

    public string Index => Path.Combine(Root, "index");

    /// <summary>Writes documents 0..count-1 as Markdown files, plus the real library's term lists so analysis costs what it really costs.</summary>
    public void WriteCorpus(SyntheticCorpus corpus, int count, string? realLibrary)
    {
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(Knowledge, SyntheticCorpus.PathOf(i));
            if (i % 1000 == 0)
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, corpus.Markdown(i));
        }

        if (realLibrary is null)
            return;
        foreach (var list in new[] { "synonyms.txt", "english-dutch.txt" })
        {
            var source = Path.Combine(realLibrary, list);
            if (File.Exists(source))
                File.Copy(source, Path.Combine(Knowledge, list));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leaving a temp folder behind is better than hiding the numbers behind a cleanup error.
        }
    }
}
