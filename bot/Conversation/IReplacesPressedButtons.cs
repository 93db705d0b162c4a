using Microsoft.Bot.Builder;

namespace TipBot.Bot.Conversation;

/// <summary>
/// An adapter that can show an action's answer in place of the buttons that were pressed (Slack's chat.update), where
/// Action.Submit otherwise only allows a new message.
/// </summary>
public interface IReplacesPressedButtons
{
    /// <summary>Replaces the pressed buttons of the turn's message with <paramref name="note"/>; false when that was not possible.</summary>
    Task<bool> ReplacePressedButtonsAsync(ITurnContext turnContext, string note, CancellationToken cancellationToken);
}
