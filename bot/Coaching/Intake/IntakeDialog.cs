using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Dialogs.Prompts;

namespace TipBot.Bot.Coaching.Intake;

/// <summary>
/// The coaching intake: who the organisation is, the question (with tips that may already help), the phase,
/// the form of help, the commitment, contact details, and a summary to confirm or change.
/// </summary>
public sealed partial class IntakeDialog(IntakeLibrary library, IIntakeSubmitter submitter) : Dialog<IntakeState>
{
    public const string DialogId = "intake";

    public const int MaxParticipants = 8;

    /// <summary>The step names; stored in the dialog record, so renaming one breaks running intakes.</summary>
    public static class StepNames
    {
        public const string OrganisationType = "organisationType";
        public const string OrganisationTypeOther = "organisationTypeOther";
        public const string OrganisationName = "organisationName";
        public const string Question = "question";
        public const string Suggestions = "suggestions";
        public const string Phase = "phase";
        public const string HelpForm = "helpForm";
        public const string WorkshopTopic = "workshopTopic";
        public const string Participants = "participants";
        public const string DeploymentDescription = "deploymentDescription";
        public const string Timeline = "timeline";
        public const string Commitment = "commitment";
        public const string ContactName = "contactName";
        public const string Email = "email";
        public const string Phone = "phone";
        public const string Summary = "summary";
        public const string EditField = "editField";
    }

    public override string Id => DialogId;

    protected override IReadOnlyList<Step<IntakeState>> BuildSteps() =>
    [
        new()
        {
            Name = StepNames.OrganisationType,
            Prompt = c => Choice(c, "organisationType", IntakeChoices.Localised(c, "organisationType", IntakeChoices.OrganisationTypes)),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) =>
            {
                s.OrganisationType = (string)v!;
                if (s.OrganisationType != "anders")
                {
                    s.OrganisationTypeOther = null;
                }
            }),
        },
        new()
        {
            Name = StepNames.OrganisationTypeOther,
            When = s => s.OrganisationType == "anders",
            FollowUp = true,
            Prompt = c => Text(c, "organisationTypeOther", maxLength: 100),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) => s.OrganisationTypeOther = (string)v!),
        },
        new()
        {
            Name = StepNames.OrganisationName,
            Prompt = c => Text(c, "organisationName", maxLength: 150),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) => s.OrganisationName = (string)v!),
        },
        new()
        {
            Name = StepNames.Question,
            Prompt = c => Text(c, "question", minLength: 10, maxLength: 2000, allowQuestions: true),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) =>
            {
                s.Question = (string)v!;
                s.SuggestedTipIds = library.Suggestions(s.Question).Select(h => h.Id).ToList();
            }),
        },
        new()
        {
            Name = StepNames.Suggestions,
            When = s => s.SuggestedTipIds.Count > 0,
            IntroAsync = async c =>
            {
                var tips = c.State.SuggestedTipIds.Select(id => library.Search?.Get(id)).OfType<Indexer.Library.KnowledgeDocument>();
                await c.SendAsync(c.T("intake.suggestions.intro") + "\n\n" + TipList.Markdown(tips, c.T("intake.readMore"))).ConfigureAwait(false);
            },
            Prompt = c => Confirm(c, "suggestions"),
            OnAnswerAsync = async (c, v) =>
            {
                if (v is true)
                {
                    return StepOutcome.Next;
                }
                await c.SendAsync(c.T("intake.suggestions.enough")).ConfigureAwait(false);
                return StepOutcome.End;
            },
        },
        new()
        {
            Name = StepNames.Phase,
            Prompt = c => Choice(c, "phase", IntakeChoices.Localised(c, "phase", IntakeChoices.Phases)),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) => s.Phase = (string)v!),
        },
        new()
        {
            Name = StepNames.HelpForm,
            Prompt = c => Choice(c, "helpForm", IntakeChoices.HelpForms(c, library.Workshops(c.Locale).Count > 0)),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) =>
            {
                s.HelpForm = Enum.Parse<HelpForm>((string)v!, ignoreCase: true);
                if (s.HelpForm != HelpForm.Workshop)
                {
                    (s.WorkshopId, s.WorkshopTitle, s.Participants) = (null, null, null);
                }
                if (s.HelpForm != HelpForm.Deployment)
                {
                    (s.DeploymentDescription, s.Timeline) = (null, null);
                }
            }),
        },
        new()
        {
            Name = StepNames.WorkshopTopic,
            When = s => s.HelpForm == HelpForm.Workshop,
            FollowUp = true,
            Prompt = c => Choice(c, "workshopTopic", library.Workshops(c.Locale).Select(w => new Choice(w.Id, w.Title, [.. w.Tags])).ToList()),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) =>
            {
                s.WorkshopId = (string)v!;
                s.WorkshopTitle = library.Search?.Get(s.WorkshopId)?.Title ?? s.WorkshopId;
            }),
        },
        new()
        {
            Name = StepNames.Participants,
            When = s => s.HelpForm == HelpForm.Workshop,
            FollowUp = true,
            Prompt = c => new NumberPrompt
            {
                Question = c.T("intake.participants.question", MaxParticipants),
                Hint = c.T("intake.participants.hint", MaxParticipants),
                OutOfRangeHint = c.T("intake.participants.tooMany", MaxParticipants),
                Min = 1,
                Max = MaxParticipants,
            },
            OnAnswerAsync = Step<IntakeState>.Store((s, v) => s.Participants = (int)v!),
        },
        new()
        {
            Name = StepNames.DeploymentDescription,
            When = s => s.HelpForm == HelpForm.Deployment,
            FollowUp = true,
            Prompt = c => Text(c, "deploymentDescription", minLength: 10, maxLength: 3000, allowQuestions: true),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) => s.DeploymentDescription = (string)v!),
        },
        new()
        {
            Name = StepNames.Timeline,
            When = s => s.HelpForm == HelpForm.Deployment,
            FollowUp = true,
            Prompt = c => Text(c, "timeline", maxLength: 500),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) => s.Timeline = (string)v!),
        },
        new()
        {
            Name = StepNames.Commitment,
            IntroAsync = c => c.SendAsync(c.T("intake.commitment.intro")),
            Prompt = c => Confirm(c, "commitment"),
            OnAnswerAsync = async (c, v) =>
            {
                c.State.Commitment = (bool)v!;
                if (v is true)
                {
                    return StepOutcome.Next;
                }
                await SayGoodbyeWithTipsAsync(c).ConfigureAwait(false);
                return StepOutcome.End;
            },
        },
        new()
        {
            Name = StepNames.ContactName,
            Prompt = c => Text(c, "contactName", maxLength: 100),
            OnAnswerAsync = Step<IntakeState>.Store((s, v) => s.ContactName = (string)v!),
        },
        new()
        {
            Name = StepNames.Email,
            Prompt = c => new EmailPrompt { Question = c.T("intake.email.question"), Hint = c.T("intake.email.hint") },
            OnAnswerAsync = Step<IntakeState>.Store((s, v) => s.Email = (string)v!),
        },
        new()
        {
            Name = StepNames.Phone,
            Prompt = c => new TextPrompt
            {
                Question = c.T("intake.phone.question"),
                Hint = c.T("intake.phone.hint"),
                MaxLength = 30,
                SkipWords = c.Texts.Get("nl", "intake.phone.skipWords").Split('|').Concat(c.Texts.Get("en", "intake.phone.skipWords").Split('|')).ToList(),
            },
            OnAnswerAsync = (c, v) =>
            {
                if (v is string phone && !PhoneShape().IsMatch(phone))
                {
                    return Task.FromResult(StepOutcome.Retry(c.T("intake.phone.hint")));
                }
                c.State.Phone = v as string;
                return Task.FromResult(StepOutcome.Next);
            },
        },
        new()
        {
            Name = StepNames.Summary,
            Prompt = c => new ChoicePrompt
            {
                Question = c.T("intake.summary.question"),
                Hint = c.T("intake.summary.hint"),
                Choices =
                [
                    new("klopt", c.T("intake.summary.confirm"), c.T("intake.summary.confirm.words").Split('|')),
                    new("aanpassen", c.T("intake.summary.edit"), c.T("intake.summary.edit.words").Split('|')),
                ],
                Card = IntakeSummaryCard.Build(c, c.State),
            },
            OnAnswerAsync = async (c, v) =>
            {
                if ((string)v! == "aanpassen")
                {
                    return StepOutcome.GoTo(StepNames.EditField);
                }
                var request = await submitter.SubmitAsync(c.TurnContext, c.State, c.CancellationToken).ConfigureAwait(false);
                await c.SendAsync(c.T(request.NeedsReview ? "intake.submitted.review" : "intake.submitted", request.Reference)).ConfigureAwait(false);
                return StepOutcome.End;
            },
        },
        new()
        {
            Name = StepNames.EditField,
            When = _ => false,
            Prompt = c => Choice(c, "editField", IntakeChoices.EditableFields.Select(f => new Choice(f.Step, c.T($"intake.field.{f.Field}"))).ToList()),
            OnAnswerAsync = (c, v) =>
            {
                c.ReturnTo(StepNames.Summary);
                return Task.FromResult(StepOutcome.GoTo((string)v!));
            },
        },
    ];

    private async Task SayGoodbyeWithTipsAsync(StepContext<IntakeState> c)
    {
        var tips = c.State.SuggestedTipIds.Count > 0
            ? c.State.SuggestedTipIds.Select(id => library.Search?.Get(id)).OfType<Indexer.Library.KnowledgeDocument>().ToList()
            : [];
        var text = c.T("intake.commitment.declined");
        if (tips.Count > 0)
        {
            text += "\n\n" + c.T("intake.commitment.tips") + "\n\n" + TipList.Markdown(tips, c.T("intake.readMore"));
        }
        await c.SendAsync(text).ConfigureAwait(false);
    }

    private static ChoicePrompt Choice(DialogTurn c, string step, IReadOnlyList<Choice> choices) => new()
    {
        Question = c.T($"intake.{step}.question"),
        Hint = c.T($"intake.{step}.hint"),
        Choices = choices,
    };

    private static ConfirmPrompt Confirm(DialogTurn c, string step) => new()
    {
        Question = c.T($"intake.{step}.question"),
        Hint = c.T($"intake.{step}.hint"),
        Choices = ConfirmPrompt.ChoicesFor(c.T("intake.dialog.yes"), c.T("intake.dialog.no")),
    };

    private static TextPrompt Text(DialogTurn c, string step, int minLength = 2, int maxLength = 500, bool allowQuestions = false) => new()
    {
        Question = c.T($"intake.{step}.question"),
        Hint = c.T($"intake.{step}.hint", minLength, maxLength),
        MinLength = minLength,
        MaxLength = maxLength,
        AllowQuestions = allowQuestions,
    };

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-.]{7,18}[0-9]$")]
    private static partial Regex PhoneShape();
}
