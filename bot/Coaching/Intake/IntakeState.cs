namespace TipBot.Bot.Coaching.Intake;

/// <summary>The intake's answers so far; stored as JSON after every turn.</summary>
public sealed class IntakeState
{
    public string? OrganisationType { get; set; }

    public string? OrganisationTypeOther { get; set; }

    public string? OrganisationName { get; set; }

    public string? Question { get; set; }

    /// <summary>Tips and cases shown as "misschien helpt dit al" (ids in the library).</summary>
    public List<string> SuggestedTipIds { get; set; } = [];

    public string? Phase { get; set; }

    public HelpForm? HelpForm { get; set; }

    public string? WorkshopId { get; set; }

    public string? WorkshopTitle { get; set; }

    public int? Participants { get; set; }

    public string? DeploymentDescription { get; set; }

    public string? Timeline { get; set; }

    public bool? Commitment { get; set; }

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
