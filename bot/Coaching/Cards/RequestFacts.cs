using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Cards;

/// <summary>Every answer of a request as (label, value) lines, in one language, for the summary and request cards.</summary>
public static class RequestFacts
{
    public static IReadOnlyList<(string Label, string Value)> Of(CoachingRequest request, TextCatalog texts, string? locale, bool includeContact = true)
    {
        string T(string key, params object?[] args) => texts.Get(locale, key, args);
        var facts = new List<(string, string)>
        {
            (T("intake.field.organisationType"), request.OrganisationType == "anders" && request.OrganisationTypeOther is not null
                ? $"{T("intake.organisationType.anders")}: {request.OrganisationTypeOther}"
                : T($"intake.organisationType.{request.OrganisationType}")),
            (T("intake.field.organisationName"), request.OrganisationName),
            (T("intake.field.question"), request.Question),
            (T("intake.field.phase"), T($"intake.phase.{request.Phase}")),
            (T("intake.field.helpForm"), T($"intake.helpForm.{request.HelpForm.ToString().ToLowerInvariant()}")),
        };
        if (request.HelpForm == HelpForm.Workshop)
        {
            facts.Add((T("intake.field.workshopTopic"), request.WorkshopTitle ?? ""));
            facts.Add((T("intake.field.participants"), request.Participants?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }
        if (request.HelpForm == HelpForm.Deployment)
        {
            facts.Add((T("intake.field.deploymentDescription"), request.DeploymentDescription ?? ""));
            facts.Add((T("intake.field.timeline"), request.Timeline ?? ""));
        }
        if (includeContact)
        {
            facts.Add((T("intake.field.contactName"), request.ContactName ?? T("intake.field.removed")));
            facts.Add((T("intake.field.email"), request.Email ?? T("intake.field.removed")));
            facts.Add((T("intake.field.phone"), request.Phone ?? T("intake.field.none")));
        }
        return facts;
    }
}
