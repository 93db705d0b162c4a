namespace TipBot.Bot.Conversation.TurnLocks;

/// <summary>Lets one turn at a time run in a conversation; the handle returned releases it.</summary>
public interface ITurnLock
{
    /// <summary>Waits until no other turn holds <paramref name="key"/>, then holds it until the handle is disposed.</summary>
    Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken);
}
