using TipBot.Bot.Cards;
using TipBot.Bot.Tips;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>A topic or perspective button: the newest tips about it.</summary>
public sealed class Browse(TopicCatalog topics) : IActionHandler
{
    public async Task<ActionReply> HandleAsync(Turn turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = turn.Texts;
        var perspective = action.GetString("perspective");
        var tag = action.GetString("tag");
        if (perspective is not null && TopicCatalog.Perspectives.Contains(perspective))
        {
            await ShowAsync(turn, texts["perspective." + perspective], topics.ByPerspective(perspective, TipQuestions.AnswerSize), cancellationToken);
        }
        else if (!string.IsNullOrWhiteSpace(tag))
        {
            await ShowAsync(turn, TopicsCard.TagLabel(tag), topics.ByTag(tag, TipQuestions.AnswerSize), cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(texts["action.unknown"], cancellationToken);
        }
        return ActionReply.Sent(texts["action.sent"]);
    }

    private static Task ShowAsync(Turn turn, string label, BrowseResult result, CancellationToken cancellationToken)
    {
        var texts = turn.Texts;
        var escaped = CardMarkdown.Escape(label);
        return result.Shown.Count == 0
            ? turn.SendTextAsync(texts.Get("topics.browseNone", escaped), cancellationToken)
            : turn.SendCardsAsync(
                texts.Get("topics.browseIntro", escaped, result.Shown.Count, result.Total),
                result.Shown.Select(t => TipCard.Build(t, texts, TipCardMode.Answer)).ToList(),
                cancellationToken);
    }
}
