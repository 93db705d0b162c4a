namespace TipBot.Bot.Tests.Storage;

/// <summary>The provider scopes a test class opened, all disposed with it.</summary>
public sealed class ProviderScopes : IDisposable
{
    private readonly List<ProviderScope> _scopes = [];

    public ProviderScope Open(string provider)
    {
        var scope = new ProviderScope(provider);
        _scopes.Add(scope);
        return scope;
    }

    public void Dispose()
    {
        foreach (var scope in _scopes)
        {
            scope.Dispose();
        }
    }
}
