using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using TipBot.Bot.Tests.DirectLine;
using TipBot.Bot.Tests.Hosting;
using Xunit.Abstractions;

namespace TipBot.Bot.Tests.Fuzz;

/// <summary>
/// Thousands of malformed and random requests against every public door: never a 5xx, the bot still answers
/// afterwards, and memory does not grow with the number of requests. TIPBOT_FUZZ_COUNT and TIPBOT_FUZZ_SEED
/// make the bigger documented run (docs/reliability.md) and reproduce a failure.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultCount = 1500;
    private const int DefaultSeed = 20261125;

    private readonly FuzzHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task HostileRequestsNeverGetAServerErrorAndTheBotKeepsAnswering()
    {
        var count = Setting("TIPBOT_FUZZ_COUNT", DefaultCount);
        var seed = Setting("TIPBOT_FUZZ_SEED", DefaultSeed);
        var client = _host.CreateClient();
        var (conversationId, token) = await DirectLineHttp.StartAsync(client);
        var requests = new HostileRequests(seed, conversationId, token);

        // A first tenth warms up (JIT, caches, pools) before memory is measured.
        var warmUp = count / 10;
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        long before = 0, workingSetBefore = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (i == warmUp)
            {
                (before, workingSetBefore) = Memory();
            }
            var (label, request) = requests.Next();
            using (request)
            {
                try
                {
                    var sent = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync();
                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status >= 500 && !IsUnknownInvoke(status, sent))
                    {
                        failures.Add($"#{i} {label}: {status} {Truncate(await response.Content.ReadAsStringAsync())}");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"#{i} {label}: threw {Truncate(e.ToString())}");
                }
            }
        }
        clock.Stop();
        var (after, workingSetAfter) = Memory();

        output.WriteLine($"seed {seed}, {count} requests in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("status counts: " + string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        output.WriteLine($"managed heap after warm-up {before / 1048576.0:F1} MB, at the end {after / 1048576.0:F1} MB");
        output.WriteLine($"working set after warm-up {workingSetBefore / 1048576.0:F1} MB, at the end {workingSetAfter / 1048576.0:F1} MB");
        Assert.True(failures.Count == 0, $"{failures.Count} server errors (seed {seed}):\n" + string.Join("\n----\n", failures.Take(30)));

        // Still answering a plain question with tips.
        var question = Activities.Message("hoe ga ik om met boze inwoners");
        question["deliveryMode"] = "expectReplies";
        var answer = await client.PostAsync("/api/messages", Activities.Json(question));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var replies = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Contains(replies, r => r!["attachments"]?.AsArray().Count > 0);

        // Bounded state (conversations, dedup sets, replay guard) keeps the heap flat; a leak per request would not.
        Assert.True(after - before < 150L * 1024 * 1024, $"the managed heap grew by {(after - before) / 1048576.0:F1} MB");
    }

    /// <summary>
    /// The Bot Framework's answer to an invoke the bot does not handle is the invoke response 501 (pinned in
    /// MessagesEndpointTests): a protocol answer the channel expects, not a server failure.
    /// </summary>
    private static bool IsUnknownInvoke(int status, byte[] body)
    {
        if (status != 501)
        {
            return false;
        }
        try
        {
            // Read as leniently as the endpoint does (Newtonsoft: single quotes, comments).
            return (string?)Newtonsoft.Json.Linq.JToken.Parse(System.Text.Encoding.UTF8.GetString(body))["type"] == "invoke";
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (heap, process.WorkingSet64);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Truncate(string text) => text.Length <= 1500 ? text : text[..1500] + "...";
}
