namespace TipBot.Bot.Pacing;

/// <summary>At most <see cref="Count"/> sends in any <see cref="Per"/>.</summary>
public sealed record RateWindow(int Count, TimeSpan Per)
{
    /// <summary>
    /// Teams, per bot per conversation (thread): 7 per second, 8 per 2 s, 60 per 30 s, 1800 per hour
    /// (Microsoft Teams platform docs, "Optimize your bot with rate limiting in Teams").
    /// </summary>
    public static IReadOnlyList<RateWindow> Teams { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>Slack's chat.postMessage: about one message per second per channel, with short bursts allowed.</summary>
    public static IReadOnlyList<RateWindow> Slack { get; } =
    [
        new(3, TimeSpan.FromSeconds(1)),
        new(60, TimeSpan.FromMinutes(1)),
    ];
}
