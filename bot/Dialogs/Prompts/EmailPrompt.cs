using System.Net.Mail;
using System.Text.RegularExpressions;

namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>An e-mail address of the usual shape (name@domain.tld).</summary>
public sealed partial class EmailPrompt : Prompt
{
    public override PromptResult Recognize(UserInput input)
    {
        var text = input.Text.Trim().Trim('<', '>');
        if (text.Length > 254 || !Shape().IsMatch(text))
        {
            return PromptResult.Invalid();
        }
        return MailAddress.TryCreate(text, out var address) && address.Address == text
            ? PromptResult.Ok(text)
            : PromptResult.Invalid();
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[a-zA-Z]{2,}$")]
    private static partial Regex Shape();
}
