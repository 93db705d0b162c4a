using TipBot.Bot.Cards;
using TipBot.Bot.Tips;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"Meer zoals dit": tips like the one on the card.</summary>
public sealed class MoreLikeThis(TipQuestions questions) : IActionHandler
{
    public async Task<ActionReply> HandleAsync(Turn turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = turn.Texts;
        var tipId = action.GetString("tipId");
        var tip = tipId is null ? null : questions.Find(tipId);
        if (tip is null)
        {
            await turn.SendTextAsync(texts["tips.gone"], cancellationToken);
            return ActionReply.Sent(texts["tips.gone"]);
        }

        await turn.SendTypingAsync(cancellationToken);
        var similar = questions.MoreLikeThis(tip.Id).Hits;
        if (similar.Count == 0)
        {
            await turn.SendTextAsync(texts["tips.moreNone"], cancellationToken);
            return ActionReply.Sent(texts["tips.moreNone"]);
        }
        // Feedback on these cards counts for the question that led to the original tip.
        var questionId = action.GetString("questionId");
        var cards = similar
            .Take(TipQuestions.AnswerSize)
            .Select(hit => TipCard.Build(TipView.From(hit), texts, TipCardMode.Answer, questionId))
            .ToList();
        await turn.SendCardsAsync(texts.Get("tips.moreIntro", CardMarkdown.Escape(tip.Title)), cards, cancellationToken);
        return ActionReply.Sent(texts["action.sent"]);
    }
}
