using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Dialogs;

/// <summary>What the user said on one turn: typed text, or the "choice" a card button submitted.</summary>
public sealed record UserInput(string Text)
{
    public static UserInput From(IActivity activity)
    {
        var message = activity.AsMessageActivity();
        var text = message?.Text?.Trim() ?? "";
        if (message?.Value is not null)
        {
            var value = message.Value as JObject ?? TryParse(message.Value);
            var choice = value?["choice"]?.ToString();
            if (!string.IsNullOrWhiteSpace(choice))
            {
                text = choice.Trim();
            }
        }
        return new UserInput(text);
    }

    private static JObject? TryParse(object value)
    {
        try
        {
            return JObject.FromObject(value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
