namespace TipBot.Bot.Storage;

/// <summary>
/// Creates a store when the host starts, so an unknown provider, a bad connection string or a database that cannot
/// take the schema stops the start with that message, instead of failing the first user's message.
/// </summary>
public sealed class OpenAtStartup<T>(T store) : IHostedService
    where T : class
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(store);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
