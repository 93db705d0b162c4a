using Microsoft.Bot.Connector;

namespace TipBot.Bot.Pacing;

/// <summary>One <see cref="ConversationPacer"/> per channel, with that channel's limits; one instance for the whole bot.</summary>
public sealed class ChannelPacers(TimeProvider clock)
{
    private readonly ConversationPacer _teams = new(RateWindow.Teams, clock);
    private readonly ConversationPacer _slack = new(RateWindow.Slack, clock);

    // Channels without published limits (our own Direct Line, the emulator) still honour a 429's Retry-After.
    private readonly ConversationPacer _other = new([], clock);

    public ConversationPacer For(string? channelId) => channelId switch
    {
        Channels.Msteams => _teams,
        Channels.Slack => _slack,
        _ => _other,
    };
}
