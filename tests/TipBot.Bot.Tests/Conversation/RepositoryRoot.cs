namespace TipBot.Bot.Tests.Conversation;

/// <summary>The checkout's root (where TipBot.sln is), so tests find knowledge/ and tests/peers/ wherever they run.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TipBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("TipBot.sln not found above " + AppContext.BaseDirectory);
    }
}
