using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Slack;

/// <summary>
/// Stands in for slack.com/api and hooks.slack.com: records every Web API call (JSON or form body) and answers like
/// Slack: ok + ts, users.info with a locale for the users in <see cref="Locales"/>, not_in_channel for the channels
/// in <see cref="NotInChannel"/>, and 429s for chat methods on request.
/// </summary>
internal sealed class FakeSlackApi : HttpMessageHandler
{
    private int _ts;
    private int _rateLimitsLeft;

    public sealed record Call(Uri Url, string Method, string? Authorization, JsonObject Body, DateTimeOffset At);

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>Every attempt of a chat method (posting, editing), 429s included.</summary>
    public ConcurrentQueue<DateTimeOffset> Attempts { get; } = new();

    /// <summary>users.info answers these users' locales (include_locale); others are unknown to it.</summary>
    public ConcurrentDictionary<string, string> Locales { get; } = new();

    /// <summary>chat.postMessage to these channels answers not_in_channel (the bot was never added).</summary>
    public ConcurrentDictionary<string, bool> NotInChannel { get; } = new();

    /// <summary>Answers posted to a response_url (hooks.slack.com).</summary>
    public IEnumerable<Call> Responses => Calls.Where(c => c.Url.Host == "hooks.slack.com");

    /// <summary>The next <paramref name="count"/> calls get a 429 with Retry-After: <paramref name="seconds"/>.</summary>
    public void RateLimitNext(int count, int seconds)
    {
        RetryAfterSeconds = seconds;
        Interlocked.Exchange(ref _rateLimitsLeft, count);
    }

    public int RetryAfterSeconds { get; private set; } = 1;

    /// <summary>How long each chat method takes to answer (a slow Slack makes turns queue up).</summary>
    public TimeSpan ChatDelay { get; set; }

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

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> matched <paramref name="where"/>.</summary>
    public async Task<List<Call>> WaitForCallsAsync(string method, int count, Func<Call, bool>? where = null, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var calls = Calls.Where(c => c.Method == method && (where ?? (_ => true))(c)).ToList();
            if (calls.Count >= count)
            {
                return calls;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"expected {count} {method} calls, saw {calls.Count}: " +
                    string.Join("\n", Calls.Select(c => c.Method + " " + c.Body.ToJsonString())));
            }
            await Task.Delay(50);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1];
        var isChat = method.StartsWith("chat.", StringComparison.Ordinal);
        if (isChat)
        {
            Attempts.Enqueue(DateTimeOffset.UtcNow);
            if (ChatDelay > TimeSpan.Zero)
            {
                await Task.Delay(ChatDelay, cancellationToken);
            }
            if (Interlocked.Decrement(ref _rateLimitsLeft) >= 0)
            {
                var limited = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("") };
                limited.Headers.Add("Retry-After", RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return limited;
            }
            Interlocked.Exchange(ref _rateLimitsLeft, 0);
        }
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var json = request.Content?.Headers.ContentType?.MediaType == "application/x-www-form-urlencoded"
            ? Form(body)
            : (body.Length == 0 ? null : JsonNode.Parse(body)) as JsonObject ?? new JsonObject();
        Calls.Enqueue(new Call(request.RequestUri, method, request.Headers.Authorization?.ToString(), json, DateTimeOffset.UtcNow));

        JsonObject answer;
        if (method == "users.info")
        {
            var user = (string?)json["user"] ?? "";
            answer = Locales.TryGetValue(user, out var locale) && (string?)json["include_locale"] == "true"
                ? new JsonObject { ["ok"] = true, ["user"] = new JsonObject { ["id"] = user, ["locale"] = locale } }
                : new JsonObject { ["ok"] = false, ["error"] = "user_not_found" };
        }
        else if (method == "chat.postMessage" && NotInChannel.ContainsKey((string?)json["channel"] ?? ""))
        {
            answer = new JsonObject { ["ok"] = false, ["error"] = "not_in_channel" };
        }
        else
        {
            var ts = $"1700000{Interlocked.Increment(ref _ts):D3}.000100";
            answer = new JsonObject { ["ok"] = true, ["channel"] = json["channel"]?.DeepClone(), ["ts"] = ts };
        }
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/json") };
    }

    private static JsonObject Form(string body)
    {
        var fields = new JsonObject();
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            fields[Uri.UnescapeDataString(parts[0].Replace('+', ' '))] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : "";
        }
        return fields;
    }
}
