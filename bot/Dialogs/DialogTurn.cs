using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Dialogs;

/// <summary>One turn of an active dialog: the turn context, the stored record, and the user's texts.</summary>
public class DialogTurn(ITurnContext turnContext, DialogRecord record, TextCatalog texts, CancellationToken cancellationToken)
{
    public ITurnContext TurnContext { get; } = turnContext;

    public DialogRecord Record { get; } = record;

    public TextCatalog Texts { get; } = texts;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public string? Locale => Record.Locale ?? TurnContext.Activity.Locale;

    public string T(string key, params object?[] args) => Texts.Get(Locale, key, args);

    public Task SendAsync(string text) => TurnContext.SendActivityAsync(MessageFactory.Text(text), CancellationToken);

    public Task SendAsync(IActivity activity) => TurnContext.SendActivityAsync(activity, CancellationToken);
}
