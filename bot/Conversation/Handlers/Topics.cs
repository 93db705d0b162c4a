using TipBot.Bot.Cards;
using TipBot.Bot.Tips;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"onderwerpen" / "topics": the four perspectives and the most used topics, to browse without a question.</summary>
public sealed class Topics(TopicCatalog topics) : IMessageHandler, IActionHandler
{
    private const int TagCount = 12;

    public Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var tags = topics.TopTags(TagCount);
        return tags.Count == 0
            ? turn.SendTextAsync(turn.Texts["topics.empty"], cancellationToken)
            : turn.SendCardAsync(TopicsCard.Build(turn.Texts, tags), cancellationToken);
    }

    public async Task<ActionReply> HandleAsync(Turn turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        await HandleAsync(turn, cancellationToken);
        return ActionReply.Sent(turn.Texts["action.sent"]);
    }
}
