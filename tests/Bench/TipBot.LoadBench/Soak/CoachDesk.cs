namespace TipBot.LoadBench.Soak;

/// <summary>
/// Coaches watching the channel: every <c>claimEvery</c>-th card that arrives is claimed ("Oppakken") by one of
/// them, on the instances in turn; the invoke's answer must be the card saying who claimed it.
/// </summary>
public sealed class CoachDesk(FakeChannel channel, SoakClient client, SoakTally tally, IntakeScript script, string runId, int coaches, int claimEvery)
{
    private int seen;
    private int sent;

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(1, coaches).Select(coach => Task.Run(() => CoachAsync(coach, cancellationToken), cancellationToken)));

    private async Task CoachAsync(int coach, CancellationToken cancellationToken)
    {
        var name = $"Coach {coach}";
        await foreach (var card in channel.NewCards.Reader.ReadAllAsync(cancellationToken))
        {
            if (Interlocked.Increment(ref seen) % claimEvery != 0)
            {
                continue;
            }
            var number = Interlocked.Increment(ref sent);
            var body = SoakActivities.Claim(channel.ServiceUrl, card, $"soak-coach-{coach}", name, $"{runId}-claim-{number}");
            var reply = await client.PostAsync(SoakRequestKind.Claim, number % client.InstanceCount, body, $"claim of {card.Reference}", cancellationToken);
            if (reply is null)
            {
                continue;
            }
            var words = SoakActivities.Words(reply) ?? "";
            if (!words.Contains(script.ClaimedCard(name), StringComparison.Ordinal) || !words.Contains(card.Reference, StringComparison.Ordinal))
            {
                tally.Error($"claim of {card.Reference} by {name}: the answer is not the claimed card: {SoakClient.Preview(reply)}");
                continue;
            }
            tally.Claims.Enqueue(new ClaimedRequest(card.Reference, card.RequestId, card.ActivityId, name));
        }
    }
}
