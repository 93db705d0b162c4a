using System.Collections.Concurrent;

namespace TipBot.Bot.Slack;

/// <summary>
/// The language each Slack user reads, from users.info (include_locale), remembered for an hour. Slack's events and
/// slash commands do not carry it; without the users:read scope Slack will not say, and Slack:Locale is used.
/// </summary>
public sealed class SlackUserLocales(SlackApiClient api, TimeProvider clock)
{
    private static readonly TimeSpan Remember = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (string? Locale, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    /// <summary>The user's locale ("en-US"), or null when Slack did not tell (then it is not asked again for an hour).</summary>
    public async Task<string?> LocaleOfAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_known.TryGetValue(userId, out var known) && known.Until > now)
        {
            return known.Locale;
        }
        var locale = await api.UserLocaleAsync(userId, cancellationToken);
        _known[userId] = (locale, now + Remember);
        return locale;
    }
}
