using TipBot.Bot.Tests.Coaching;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests.Hostile;

/// <summary>An intake answered with markup and mentions where a requester types free text; the rest as in <see cref="IntakeScripts.Conversations"/>.</summary>
internal static class HostileAnswers
{
    public const string OrganisationName = "Gemeente <script>alert(1)</script> <!channel> *bold*";
    public const string Question = "Hoe gaan we om met [klik hier](javascript:alert(1)) en <@U0ADMIN> en <!here> in _onze_ brieven?";
    public const string ContactName = "Jolanda ~van~ `Wijk` <img src=x onerror=alert(1)>";

    /// <summary>The answer for whichever intake question the last bot message asks, or null when it asks none.</summary>
    public static string? For(string botText, TextCatalog texts, string locale)
    {
        foreach (var step in IntakeScripts.Conversations)
        {
            if (botText.Contains(Plain(texts.Get(locale, step.QuestionKey, step.Args)), StringComparison.Ordinal))
            {
                return step.Step switch
                {
                    "organisationName" => OrganisationName,
                    "question" => Question,
                    "contactName" => ContactName,
                    _ => step.Answer,
                };
            }
        }
        return null;
    }

    /// <summary>The question's words without Markdown marks, as they show in any channel's rendering.</summary>
    public static string Plain(string markdown)
    {
        var firstLine = markdown.Split('\n')[0].Replace("*", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return firstLine.Length > 30 ? firstLine[..30] : firstLine;
    }
}
