using TipBot.Bot.Cards;
using TipBot.Bot.Tips;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"Nuttig" / "Niet nuttig": stores the feedback for the coaches and thanks the user on the card.</summary>
public sealed class Feedback(TipQuestions questions) : IActionHandler
{
    public async Task<ActionReply> HandleAsync(Turn turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = turn.Texts;
        var questionId = action.GetString("questionId");
        var tipId = action.GetString("tipId");
        var useful = action.GetBool("useful");
        if (questionId is null || tipId is null || useful is null)
        {
            return ActionReply.Sent(texts["action.unknown"]);
        }
        await questions.RecordFeedbackAsync(questionId, tipId, useful.Value, cancellationToken);
        return questions.Find(tipId) is { } tip
            ? ActionReply.Replace(TipCard.Build(tip, texts, TipCardMode.Thanked, questionId), texts["tips.thanks"])
            : ActionReply.Sent(texts["tips.thanks"]);
    }
}
