namespace TipBot.Bot.Knowledge;

/// <summary>Where the tip library lives: Knowledge:Path, else the repository's knowledge/ (found by walking up to TipBot.sln), else ./knowledge.</summary>
public sealed record KnowledgeFolder(string Path)
{
    public const string ConfigurationKey = "Knowledge:Path";

    public static KnowledgeFolder Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new KnowledgeFolder(System.IO.Path.GetFullPath(configured, contentRoot));
        }
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "TipBot.sln")))
            {
                return new KnowledgeFolder(System.IO.Path.Combine(folder.FullName, "knowledge"));
            }
        }
        return new KnowledgeFolder(System.IO.Path.Combine(contentRoot, "knowledge"));
    }
}
