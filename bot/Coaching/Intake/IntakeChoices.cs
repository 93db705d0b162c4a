using TipBot.Bot.Dialogs;
using TipBot.Bot.Dialogs.Prompts;

namespace TipBot.Bot.Coaching.Intake;

/// <summary>The fixed answer options of the intake, with labels and extra words from the text catalog.</summary>
public static class IntakeChoices
{
    public static readonly string[] OrganisationTypes = ["gemeente", "provincie", "ministerie", "uitvoeringsorganisatie", "waterschap", "anders"];

    public static readonly string[] Phases = ["verkennen", "plan", "vast", "anders"];

    /// <summary>Fields that "Aanpassen" offers, each with the step that asks it.</summary>
    public static readonly (string Field, string Step)[] EditableFields =
    [
        ("organisationType", IntakeDialog.StepNames.OrganisationType),
        ("organisationName", IntakeDialog.StepNames.OrganisationName),
        ("question", IntakeDialog.StepNames.Question),
        ("phase", IntakeDialog.StepNames.Phase),
        ("helpForm", IntakeDialog.StepNames.HelpForm),
        ("contactName", IntakeDialog.StepNames.ContactName),
        ("email", IntakeDialog.StepNames.Email),
        ("phone", IntakeDialog.StepNames.Phone),
    ];

    public static IReadOnlyList<Choice> Localised(DialogTurn turn, string group, IEnumerable<string> values) =>
        values.Select(v => new Choice(v, turn.T($"intake.{group}.{v}"), Synonyms(turn, $"intake.{group}.{v}.words"))).ToList();

    public static IReadOnlyList<Choice> HelpForms(DialogTurn turn, bool withWorkshop) =>
        Localised(turn, "helpForm", withWorkshop ? ["conversations", "deployment", "workshop"] : ["conversations", "deployment"]);

    // Extra words are in both languages' catalogs; a user may answer in either.
    private static IReadOnlyList<string> Synonyms(DialogTurn turn, string key) =>
        new[] { "nl", "en" }
            .SelectMany(l => turn.Texts.Get(l, key).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Concat(new[] { "nl", "en" }.Select(l => turn.Texts.Get(l, key[..^".words".Length])))
            .ToList();
}
