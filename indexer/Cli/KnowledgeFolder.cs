namespace TipBot.Indexer.Cli;

/// <summary>Finds the repository's knowledge/ folder from the current directory upwards, for verbs run without a folder.</summary>
public static class KnowledgeFolder
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge");
            if (Directory.Exists(candidate) && (File.Exists(Path.Combine(dir.FullName, "TipBot.sln")) || Directory.Exists(Path.Combine(dir.FullName, ".git"))))
                return candidate;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "TipBot.sln")))
                return candidate;
        }
        throw new UsageException("no knowledge folder found here or above; pass --knowledge DIR or --index OUT");
    }
}
