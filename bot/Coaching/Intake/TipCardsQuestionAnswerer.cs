using Microsoft.Bot.Builder;
using TipBot.Bot.Conversation;
using TipBot.Bot.Conversation.Handlers;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Intake;

/// <summary>Answers a tips question asked during the intake exactly as outside it: the conversation's tip cards.</summary>
public sealed class TipCardsQuestionAnswerer(SearchTips searchTips, TextCatalog texts, IServiceProvider services) : IQuestionAnswerer
{
    public Task AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken) =>
        searchTips.HandleAsync(new Turn(turnContext, texts, services), cancellationToken);
}
