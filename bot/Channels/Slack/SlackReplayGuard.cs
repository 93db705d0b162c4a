using TipBot.Bot.Storage.Claims;

namespace TipBot.Bot.Slack;

/// <summary>
/// Claims the signature of each accepted request in the shared storage for as long as its timestamp is valid, so
/// a captured slash command or button click sent again verbatim is refused, by whichever instance it reaches.
/// Events need no such guard: their event_id is deduplicated (<see cref="SlackEventDeduplicator"/>), which also
/// lets Slack's own retries through.
/// </summary>
public sealed class SlackReplayGuard(IClaimStore claims)
{
    /// <summary>Twice the window: a timestamp may lie up to the window in the future as well as in the past.</summary>
    private static readonly TimeSpan Remember = 2 * SlackSignature.Window;

    /// <summary>True the first time a valid signature is presented; false for a replay.</summary>
    public Task<bool> TryFirstUseAsync(string signature, CancellationToken cancellationToken = default) =>
        claims.TryClaimAsync("slack/signature/" + signature, Remember, cancellationToken);
}
