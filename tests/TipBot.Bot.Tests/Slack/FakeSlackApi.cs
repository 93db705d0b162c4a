using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Slack;

/// <summary>Stands in for slack.com/api: records every Web API call and answers like Slack (ok + ts), or with 429s on request.</summary>
internal sealed class FakeSlackApi : HttpMessageHandler
{
    private int _ts;
    private int _rateLimitsLeft;

    public sealed record Call(Uri Url, string Method, string? Authorization, JsonObject Body, DateTimeOffset At);

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>Every attempt, 429s included.</summary>
    public ConcurrentQueue<DateTimeOffset> Attempts { get; } = new();

    /// <summary>The next <paramref name="count"/> calls get a 429 with Retry-After: <paramref name="seconds"/>.</summary>
    public void RateLimitNext(int count, int seconds)
    {
        RetryAfterSeconds = seconds;
        Interlocked.Exchange(ref _rateLimitsLeft, count);
    }

    public int RetryAfterSeconds { get; private set; } = 1;

    public IEnumerable<Call> Posts => Calls.Where(c => c.Method == "chat.postMessage");

    /// <summary>Waits until at least <paramref name="count"/> messages were posted matching <paramref name="where"/>.</summary>
    public async Task<List<Call>> WaitForPostsAsync(int count, Func<Call, bool>? where = null, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var posts = Posts.Where(where ?? (_ => true)).ToList();
            if (posts.Count >= count)
            {
                return posts;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"expected {count} chat.postMessage calls, saw {posts.Count}: " +
                    string.Join("\n", Calls.Select(c => c.Method + " " + c.Body.ToJsonString())));
            }
            await Task.Delay(50);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(DateTimeOffset.UtcNow);
        if (Interlocked.Decrement(ref _rateLimitsLeft) >= 0)
        {
            var limited = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("") };
            limited.Headers.Add("Retry-After", RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return limited;
        }
        Interlocked.Exchange(ref _rateLimitsLeft, 0);
        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        var method = request.RequestUri!.Segments[^1];
        var json = JsonNode.Parse(body) as JsonObject ?? new JsonObject();
        Calls.Enqueue(new Call(request.RequestUri, method, request.Headers.Authorization?.ToString(), json, DateTimeOffset.UtcNow));
        var ts = $"1700000{Interlocked.Increment(ref _ts):D3}.000100";
        var answer = new JsonObject { ["ok"] = true, ["channel"] = json["channel"]?.DeepClone(), ["ts"] = ts };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/json") };
    }
}
