namespace TipBot.Bot.Storage.Claims;

/// <summary>
/// Keys that may be claimed once until they expire, in the storage every instance shares: "this Slack event is
/// mine", "this signature was used". The first claim of a key wins, on whichever instance it arrives.
/// </summary>
public interface IClaimStore
{
    /// <summary>True when the key was free (never claimed, or its claim expired) and is now claimed for <paramref name="lifetime"/>.</summary>
    Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed key back, so its next claim succeeds (e.g. the work could not be accepted after all).</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);
}
