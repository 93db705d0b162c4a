namespace TipBot.Bot.Coaching;

/// <summary>Where a coaching request is in its life.</summary>
public enum CoachingStatus
{
    /// <summary>Confirmed by the requester; waiting for a coach.</summary>
    New,

    /// <summary>"opgepakt": a coach took it.</summary>
    Claimed,

    /// <summary>"afgerond": the coaching is done.</summary>
    Completed,
}

/// <summary>Which statuses are still being worked on; every other status is closed and falls under retention.</summary>
public static class CoachingStatuses
{
    public static bool IsClosed(this CoachingStatus status) => status is not (CoachingStatus.New or CoachingStatus.Claimed);

    public static IReadOnlyList<CoachingStatus> Closed { get; } = Enum.GetValues<CoachingStatus>().Where(s => s.IsClosed()).ToList();
}

/// <summary>The kind of help asked for (see the interaction coaches' offer).</summary>
public enum HelpForm
{
    /// <summary>One or a few conversations with a coach.</summary>
    Conversations,

    /// <summary>A longer deployment: up to 24 hours over several weeks; always assessed first.</summary>
    Deployment,

    /// <summary>A workshop of 1.5 to 2 hours for at most 8 people on one library topic.</summary>
    Workshop,
}

/// <summary>A coach suggested for a request, best match first.</summary>
public sealed record CoachSuggestion(string Id, string Name, IReadOnlyList<string> Expertise, double Score);

/// <summary>
/// A confirmed request for an interaction coach: the intake's answers, routing and status.
/// Plain data, no chat types: the requester's address is kept as opaque text for the chat layer.
/// </summary>
public sealed record CoachingRequest
{
    public required string Id { get; init; }

    /// <summary>Short number the requester and coaches use ("C-7K3Q9").</summary>
    public required string Reference { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Locale { get; init; } = "nl";

    public required string OrganisationType { get; init; }

    public string? OrganisationTypeOther { get; init; }

    public required string OrganisationName { get; init; }

    public required string Question { get; init; }

    public required string Phase { get; init; }

    public required HelpForm HelpForm { get; init; }

    public string? WorkshopId { get; init; }

    public string? WorkshopTitle { get; init; }

    public int? Participants { get; init; }

    public string? DeploymentDescription { get; init; }

    public string? Timeline { get; init; }

    public bool Commitment { get; init; }

    /// <summary>"beoordeling nodig": more than a few conversations are assessed before a coach starts.</summary>
    public bool NeedsReview { get; init; }

    public string? ContactName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public IReadOnlyList<CoachSuggestion> SuggestedCoaches { get; init; } = [];

    public CoachingStatus Status { get; init; } = CoachingStatus.New;

    public string? CoachName { get; init; }

    public string? CoachId { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>When the request was closed (for now only by "afgerond"); retention counts from here.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Who asked, as the channel knows them; used for "verwijder mijn gegevens".</summary>
    public string? RequesterId { get; init; }

    /// <summary>How to reach the requester's conversation again (serialised by the chat layer).</summary>
    public string? RequesterAddress { get; init; }

    /// <summary>Where the request card was posted in the coaches' channel, once it was.</summary>
    public string? CardConversationId { get; init; }

    public string? CardActivityId { get; init; }

    /// <summary>
    /// Set just before the request card is posted and cleared once its id is stored. Still set on the next attempt
    /// means the previous one ended without an answer (a crash, a time-out): the card may be in the channel already.
    /// </summary>
    public DateTimeOffset? CardPostStartedAt { get; init; }

    /// <summary>The card was posted again after an attempt whose outcome is unknown: coaches may see it twice.</summary>
    public bool CardMayBeDuplicate { get; init; }

    /// <summary>Personal fields removed (on request or after the retention period).</summary>
    public DateTimeOffset? AnonymisedAt { get; init; }

    /// <summary>This request without anything that identifies a person.</summary>
    public CoachingRequest Anonymised(DateTimeOffset at) => this with
    {
        ContactName = null,
        Email = null,
        Phone = null,
        RequesterId = null,
        RequesterAddress = null,
        AnonymisedAt = at,
    };
}
