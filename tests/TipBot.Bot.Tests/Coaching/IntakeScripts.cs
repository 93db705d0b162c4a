namespace TipBot.Bot.Tests.Coaching;

/// <summary>One step of a scripted intake: the question the bot should ask, and what the user answers.</summary>
internal sealed record ScriptStep(string Step, string QuestionKey, string Answer, params object[] Args);

/// <summary>Complete intakes, one per help form, answered by typing (no buttons).</summary>
internal static class IntakeScripts
{
    public static readonly ScriptStep[] Conversations =
    [
        new("organisationType", "intake.organisationType.question", "1"),
        new("organisationName", "intake.organisationName.question", "Gemeente Wageningen"),
        new("question", "intake.question.question", "Hoe maken we onze brieven aan inwoners begrijpelijker?"),
        new("suggestions", "intake.suggestions.question", "ja"),
        new("phase", "intake.phase.question", "plan maken"),
        new("helpForm", "intake.helpForm.question", "gesprekken"),
        new("commitment", "intake.commitment.question", "ja"),
        new("contactName", "intake.contactName.question", "Jolanda van Wijk"),
        new("email", "intake.email.question", "jolanda@wageningen.nl"),
        new("phone", "intake.phone.question", "nee"),
        new("summary", "intake.summary.question", "Klopt"),
    ];

    public static readonly ScriptStep[] Workshop =
    [
        new("organisationType", "intake.organisationType.question", "anders"),
        new("organisationTypeOther", "intake.organisationTypeOther.question", "Veiligheidsregio"),
        new("organisationName", "intake.organisationName.question", "Veiligheidsregio Gelderland-Zuid"),
        new("question", "intake.question.question", "We willen leren hoe we met design thinking in gesprek blijven met inwoners."),
        new("suggestions", "intake.suggestions.question", "ja graag"),
        new("phase", "intake.phase.question", "Verkennen"),
        new("helpForm", "intake.helpForm.question", "workshop"),
        new("workshopTopic", "intake.workshopTopic.question", "ontwerpend onderzoek"),
        new("participants", "intake.participants.question", "6", 8),
        new("commitment", "intake.commitment.question", "ja"),
        new("contactName", "intake.contactName.question", "Sam de Vries"),
        new("email", "intake.email.question", "sam@vrgz.nl"),
        new("phone", "intake.phone.question", "06 12345678"),
        new("summary", "intake.summary.question", "klopt"),
    ];

    public static readonly ScriptStep[] Deployment =
    [
        new("organisationType", "intake.organisationType.question", "Provincie"),
        new("organisationName", "intake.organisationName.question", "Provincie Utrecht"),
        new("question", "intake.question.question", "Ons project over de energietransitie in wijken loopt vast."),
        new("phase", "intake.phase.question", "3"),
        new("helpForm", "intake.helpForm.question", "langere inzet"),
        new("deploymentDescription", "intake.deploymentDescription.question", "We willen samen met inwoners een wijkaanpak maken; drie afdelingen doen mee."),
        new("timeline", "intake.timeline.question", "Start in maart, klaar voor de zomer"),
        new("commitment", "intake.commitment.question", "yes"),
        new("contactName", "intake.contactName.question", "Ahmed Yilmaz"),
        new("email", "intake.email.question", "a.yilmaz@provincie-utrecht.nl"),
        new("phone", "intake.phone.question", "overslaan"),
        new("summary", "intake.summary.question", "Klopt"),
    ];

    public static ScriptStep[] ByName(string name) => name switch
    {
        "conversations" => Conversations,
        "workshop" => Workshop,
        "deployment" => Deployment,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>(path, step index) for every step of every path except the final summary answer.</summary>
    public static IEnumerable<object[]> EveryStep() =>
        new[] { "conversations", "workshop", "deployment" }
            .SelectMany(path => Enumerable.Range(0, ByName(path).Length).Select(i => new object[] { path, i }));
}
