using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>One of a few choices: buttons to tap, and typed answers matched leniently (see <see cref="ChoiceMatcher"/>).</summary>
public class ChoicePrompt : Prompt
{
    public required IReadOnlyList<Choice> Choices { get; init; }

    /// <summary>A card to show instead of plain buttons (its buttons submit <c>{"choice": value}</c>).</summary>
    public Attachment? Card { get; init; }

    public override PromptResult Recognize(UserInput input)
    {
        var choice = ChoiceMatcher.Match(input.Text, Choices);
        return choice is null ? PromptResult.Invalid() : PromptResult.Ok(choice.Value);
    }

    public override IMessageActivity Render(string? channelId)
    {
        IMessageActivity message;
        if (Card is not null)
        {
            message = MessageFactory.Attachment(Card, Question);
        }
        else if (string.Equals(channelId, "slack", StringComparison.OrdinalIgnoreCase))
        {
            // Slack shows no suggested actions; a hero card's buttons survive the Block Kit translation.
            var hero = new HeroCard
            {
                Text = Question,
                Buttons = Choices.Select(c => new CardAction(ActionTypes.ImBack, c.Label, value: c.Label)).ToList(),
            };
            message = MessageFactory.Attachment(hero.ToAttachment());
        }
        else
        {
            message = MessageFactory.Text(Question);
            message.SuggestedActions = new SuggestedActions { Actions = Choices.Select(c => new CardAction(ActionTypes.ImBack, c.Label, value: c.Label)).ToList() };
        }
        message.InputHint = InputHints.ExpectingInput;
        return message;
    }
}
