using TipBot.Bot.Coaching.Intake;

namespace TipBot.Bot.Coaching;

/// <summary>Makes a <see cref="CoachingRequest"/> from the intake's answers.</summary>
public static class CoachingRequestFactory
{
    public static CoachingRequest FromIntake(IntakeState state, string locale, DateTimeOffset now, string? id = null, string? reference = null) => new()
    {
        Id = id ?? Guid.NewGuid().ToString("N"),
        Reference = reference ?? ReferenceNumber.New(),
        CreatedAt = now,
        Locale = locale,
        OrganisationType = state.OrganisationType ?? "",
        OrganisationTypeOther = state.OrganisationTypeOther,
        OrganisationName = state.OrganisationName ?? "",
        Question = state.Question ?? "",
        Phase = state.Phase ?? "",
        HelpForm = state.HelpForm ?? HelpForm.Conversations,
        WorkshopId = state.WorkshopId,
        WorkshopTitle = state.WorkshopTitle,
        Participants = state.Participants,
        DeploymentDescription = state.DeploymentDescription,
        Timeline = state.Timeline,
        Commitment = state.Commitment ?? false,
        // More than a few conversations is assessed first (see the coaches' intake).
        NeedsReview = state.HelpForm == HelpForm.Deployment,
        ContactName = state.ContactName,
        Email = state.Email,
        Phone = state.Phone,
    };
}
