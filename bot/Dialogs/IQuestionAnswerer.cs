using Microsoft.Bot.Builder;

namespace TipBot.Bot.Dialogs;

/// <summary>Answers a tips question asked in the middle of a dialog, after which the dialog picks up again.</summary>
public interface IQuestionAnswerer
{
    Task AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken);
}
