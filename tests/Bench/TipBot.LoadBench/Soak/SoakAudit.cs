using System.Text.Json.Nodes;

namespace TipBot.LoadBench.Soak;

/// <summary>
/// The "lost" check after the outbox has drained: every confirmed intake is stored exactly once with what its
/// conversation typed, its card reached the channel exactly once, every claim is stored with its coach, its card
/// updated once and its requester told once, and no notification is still waiting. Each finding is one line.
/// </summary>
public sealed class SoakAudit(HttpClient http, Uri instance, string adminKey)
{
    /// <summary>The admin API's view: every stored request with the states of its notifications.</summary>
    public async Task<JsonArray> RequestsAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(instance, "api/coaching/requests"));
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? (JsonArray)JsonNode.Parse(body)!
            : throw new InvalidOperationException($"GET /api/coaching/requests answered {(int)response.StatusCode}: {body}");
    }

    /// <summary>Notifications not yet delivered (pending, retrying or failed) in <paramref name="requests"/>.</summary>
    public static int Undelivered(JsonArray requests) =>
        requests.Sum(r => r!["deliveries"]!.AsArray().Count(d => (string?)d!["state"] != "delivered"));

    public static IReadOnlyList<string> Findings(JsonArray requests, SoakTally tally, FakeChannel channel)
    {
        var findings = new List<string>();
        var stored = requests.Select(r => r!["request"]!).GroupBy(r => (string)r["reference"]!).ToDictionary(g => g.Key, g => g.ToList());
        var intakes = tally.Intakes.ToList();
        var claims = tally.Claims.ToDictionary(c => c.Reference);

        foreach (var intake in intakes)
        {
            if (!stored.TryGetValue(intake.Reference, out var rows))
            {
                findings.Add($"LOST: intake {intake.Reference} of conversation {intake.Conversation} is not stored");
                continue;
            }
            if (rows.Count != 1)
            {
                findings.Add($"intake {intake.Reference} is stored {rows.Count} times");
            }
            var row = rows[0];
            if ((string?)row["organisationName"] != intake.Organisation || (string?)row["email"] != intake.Email)
            {
                findings.Add($"intake {intake.Reference}: stored {(string?)row["organisationName"]} / {(string?)row["email"]}, typed {intake.Organisation} / {intake.Email}");
            }
            var posts = channel.CardPosts.GetValueOrDefault(intake.Reference);
            if (posts != 1)
            {
                findings.Add($"{(posts == 0 ? "LOST: " : "")}the card of {intake.Reference} reached the channel {posts} times");
            }
            var claimed = claims.TryGetValue(intake.Reference, out var claim);
            var status = (string?)row["status"];
            if (claimed && (status != "claimed" || (string?)row["coachName"] != claim!.Coach))
            {
                findings.Add($"LOST: the claim of {intake.Reference} by {claim!.Coach}: stored {status} by {(string?)row["coachName"]}");
            }
            if (!claimed && status != "new")
            {
                findings.Add($"{intake.Reference} was not claimed but is {status}");
            }
            var notices = channel.RequesterNotices.GetValueOrDefault(intake.Reference);
            if (notices != (claimed ? 1 : 0))
            {
                findings.Add($"{(claimed && notices == 0 ? "LOST: " : "")}the requester of {intake.Reference} was told {notices} times (claimed: {claimed})");
            }
            var updates = claimed ? channel.CardUpdates.GetValueOrDefault(claim!.CardActivityId) : 0;
            if (claimed && updates != 1)
            {
                findings.Add($"{(updates == 0 ? "LOST: " : "")}the card of {intake.Reference} was updated {updates} times after its claim");
            }
        }

        var confirmed = intakes.Select(i => i.Reference).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in stored.Keys.Where(r => !confirmed.Contains(r)))
        {
            // The bot stored it but the client never saw the thanks (its response failed): a finding, not a loss.
            findings.Add($"stored request {reference} was never confirmed to its client");
        }
        var waiting = Undelivered(requests);
        if (waiting > 0)
        {
            findings.Add($"{waiting} notifications still undelivered after the drain");
        }
        foreach (var (what, count) in channel.Other)
        {
            findings.Add($"unexpected at the channel: {what} x{count}");
        }
        return findings;
    }
}
