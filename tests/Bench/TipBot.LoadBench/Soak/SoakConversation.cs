using System.Diagnostics;

namespace TipBot.LoadBench.Soak;

/// <summary>
/// One user: a few questions, then a whole typed intake, again and again until the clock runs out. Turn i goes to
/// instance (conversation + i) mod 2, so every conversation's turns alternate between the instances. Each reply is
/// checked for what the bot owes (a tip or the no-answer card; the next intake question; the reference).
/// </summary>
public sealed class SoakConversation(
    int number,
    string runId,
    SoakClient client,
    SoakTally tally,
    IntakeScript script,
    QuestionSet questions,
    TipBotReplyCheck check,
    string serviceUrl,
    int questionsPerIntake)
{
    private int turn;
    private int generation;
    private int questionIndex;

    private string ConversationId => $"soak-{runId}-{number}-{generation}";

    private string UserId => $"soak-user-{number}";

    public async Task RunAsync(long deadline, CancellationToken cancellationToken)
    {
        var intake = 0;
        while (!Over(deadline, cancellationToken))
        {
            for (var q = 0; q < questionsPerIntake && !Over(deadline, cancellationToken); q++)
            {
                await AskAsync(cancellationToken);
            }
            if (!Over(deadline, cancellationToken) && !await IntakeAsync(intake++, deadline, cancellationToken))
            {
                // Out of step after an error: a new conversation, as a user would start over.
                generation++;
            }
        }
    }

    private static bool Over(long deadline, CancellationToken cancellationToken) =>
        Stopwatch.GetTimestamp() >= deadline || cancellationToken.IsCancellationRequested;

    private async Task AskAsync(CancellationToken cancellationToken)
    {
        var question = questions.Questions[(number * 7 + questionIndex++) % questions.Questions.Count];
        var reply = await SayAsync(SoakRequestKind.Question, question, cancellationToken);
        if (reply is null)
        {
            return;
        }
        switch (check.Check(reply, question))
        {
            case ReplyKind.Tip:
                tally.Answered(tip: true);
                break;
            case ReplyKind.NoAnswer:
                tally.Answered(tip: false);
                break;
            default:
                tally.Error($"question '{question}' ({ConversationId}): no tip and no no-answer card: {SoakClient.Preview(reply)}");
                break;
        }
    }

    /// <summary>One intake from "coach" to "Klopt"; false after an error (the conversation is then out of step).</summary>
    private async Task<bool> IntakeAsync(int intake, long deadline, CancellationToken cancellationToken)
    {
        var turns = new List<IntakeTurn> { script.Start };
        turns.AddRange(script.UpToQuestion(runId, number, intake));
        for (var i = 0; i < turns.Count; i++)
        {
            if (Over(deadline, cancellationToken))
            {
                tally.Abandon();
                return true;
            }
            var words = await StepAsync(turns[i], cancellationToken);
            if (words is null)
            {
                return false;
            }
            if (i == turns.Count - 1)
            {
                // After the question: tips and "go on?" when the library has some, else the phase question.
                if (words.Contains(script.SuggestionsQuestion, StringComparison.Ordinal))
                {
                    if (Over(deadline, cancellationToken))
                    {
                        tally.Abandon();
                        return true;
                    }
                    words = await StepAsync(new IntakeTurn("ja", script.PhaseQuestion), cancellationToken);
                    if (words is null)
                    {
                        return false;
                    }
                }
                else if (!words.Contains(script.PhaseQuestion, StringComparison.Ordinal))
                {
                    tally.Error($"intake of {ConversationId}: after the question neither '{script.SuggestionsQuestion}' nor '{script.PhaseQuestion}': {Trim(words)}");
                    return false;
                }
            }
        }
        string? last = null;
        foreach (var step in script.AfterQuestion(number))
        {
            if (Over(deadline, cancellationToken))
            {
                tally.Abandon();
                return true;
            }
            last = await StepAsync(step, cancellationToken);
            if (last is null)
            {
                return false;
            }
        }
        if (FakeChannel.Reference(last!) is not { } reference)
        {
            tally.Error($"intake of {ConversationId}: the thanks names no reference: {Trim(last!)}");
            return false;
        }
        tally.Intakes.Enqueue(new CompletedIntake(reference, number, IntakeScript.Organisation(runId, number), IntakeScript.Email(number)));
        return true;
    }

    /// <summary>Sends one intake answer; the reply's words when they contain what is expected, else null (error counted).</summary>
    private async Task<string?> StepAsync(IntakeTurn step, CancellationToken cancellationToken)
    {
        var reply = await SayAsync(SoakRequestKind.IntakeTurn, step.Text, cancellationToken);
        if (reply is null)
        {
            return null;
        }
        var words = SoakActivities.Words(reply);
        if (words is null || (step.Expect.Length > 0 && !words.Contains(step.Expect, StringComparison.Ordinal)) || words.Contains(script.Apology, StringComparison.Ordinal))
        {
            tally.Error($"intake of {ConversationId}: '{step.Text}' should be answered with '{step.Expect}': {Trim(words ?? SoakClient.Preview(reply))}");
            return null;
        }
        return words;
    }

    private Task<byte[]?> SayAsync(SoakRequestKind kind, string text, CancellationToken cancellationToken)
    {
        var instance = (number + turn) % client.InstanceCount;
        var id = $"{runId}-{number}-{turn++}";
        var body = SoakActivities.Message(serviceUrl, ConversationId, UserId, $"Soak Tester {number}", id, text);
        return client.PostAsync(kind, instance, body, $"'{text}' of {ConversationId}", cancellationToken);
    }

    private static string Trim(string words)
    {
        var flat = words.ReplaceLineEndings(" | ");
        return flat.Length > 300 ? flat[..300] + "..." : flat;
    }
}
