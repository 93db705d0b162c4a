using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TipBot.Bot.Conversation;

/// <summary>Reacts to members joining a conversation (the bot itself included).</summary>
public interface IMembersAddedHandler
{
    Task HandleAsync(Turn turn, IReadOnlyList<ChannelAccount> added, CancellationToken cancellationToken);
}
