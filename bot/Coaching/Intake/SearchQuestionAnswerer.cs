using Microsoft.Bot.Builder;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Intake;

/// <summary>
/// Answers a tips question in the middle of the intake with a short list from the library. The conversation
/// layer may register a richer <see cref="IQuestionAnswerer"/> (tip cards) instead.
/// </summary>
public sealed class SearchQuestionAnswerer(IntakeLibrary library, TextCatalog texts) : IQuestionAnswerer
{
    public Task AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        var hits = library.Suggestions(question);
        var text = hits.Count == 0
            ? texts.Get(locale, "intake.tips.none")
            : texts.Get(locale, "intake.tips.found") + "\n\n" + TipList.Markdown(hits, texts.Get(locale, "intake.readMore"));
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }
}
