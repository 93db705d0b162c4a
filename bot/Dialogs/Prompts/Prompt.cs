using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>A question with its (already localised) words, and how to recognise the answer to it.</summary>
public abstract class Prompt
{
    public required string Question { get; init; }

    /// <summary>Said before the question again when the answer was not understood.</summary>
    public required string Hint { get; init; }

    /// <summary>True when a free-text answer may itself be a question (so a question is not an interruption).</summary>
    public virtual bool AcceptsQuestions => false;

    public abstract PromptResult Recognize(UserInput input);

    public virtual IMessageActivity Render(string? channelId)
    {
        var message = MessageFactory.Text(Question);
        message.InputHint = InputHints.ExpectingInput;
        return message;
    }
}
