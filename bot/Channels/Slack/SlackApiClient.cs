using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TipBot.Bot.Pacing;

namespace TipBot.Bot.Slack;

/// <summary>
/// The few Slack Web API methods TipBot uses, with 429 waited out. Messages to one channel are paced to Slack's
/// limit (<see cref="RateWindow.Slack"/>) in the order they were sent; other channels do not wait for them.
/// </summary>
public sealed class SlackApiClient(IHttpClientFactory clients, IOptions<SlackOptions> options, ChannelPacers pacers, ILogger<SlackApiClient> logger)
{
    /// <summary>The named HttpClient for Slack's Web API (tests give it a fake handler).</summary>
    public const string HttpClientName = "Slack";

    /// <summary>Slack's answer when it was a JSON object; null when Slack could not be reached or kept refusing.</summary>
    public Task<JsonObject?> CallAsync(string method, JsonObject arguments, CancellationToken cancellationToken)
    {
        var payload = arguments.ToJsonString();
        // Posting and editing messages count against the channel's limit; users.info and the like do not.
        var channel = method.StartsWith("chat.", StringComparison.Ordinal) ? arguments["channel"]?.ToString() : null;
        return SendAsync(method, () => new StringContent(payload, Encoding.UTF8, "application/json"), channel, cancellationToken);
    }

    /// <summary>The user's locale ("en-US") from users.info; null when Slack will not say (no users:read scope, unknown user).</summary>
    public async Task<string?> UserLocaleAsync(string userId, CancellationToken cancellationToken)
    {
        // users.info takes form fields, not JSON.
        var fields = new Dictionary<string, string> { ["user"] = userId, ["include_locale"] = "true" };
        var answer = await SendAsync("users.info", () => new FormUrlEncodedContent(fields), channel: null, cancellationToken);
        return answer?["ok"]?.GetValueKind() == System.Text.Json.JsonValueKind.True && answer["user"]?["locale"] is JsonValue locale
            && locale.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? locale.GetValue<string>()
            : null;
    }

    /// <summary>
    /// Answers through a slash command's or button's response_url, visible only to that user; for channels the bot
    /// is not a member of. Only Slack's own hosts (or the configured API host) are called.
    /// </summary>
    public async Task<bool> RespondAsync(string responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps
            || !(url.Host.Equals("hooks.slack.com", StringComparison.OrdinalIgnoreCase) || url.Host.Equals(options.Value.ApiBaseUrl.Host, StringComparison.OrdinalIgnoreCase)))
        {
            logger.LogWarning("Slack response_url {Url} is not Slack's; not answered there", responseUrl);
            return false;
        }
        var body = message.ToArguments(channel: "");
        body.Remove("channel");
        body["response_type"] = "ephemeral";
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Slack response_url answered HTTP {Status}", (int)response.StatusCode);
        }
        return response.IsSuccessStatusCode;
    }

    private async Task<JsonObject?> SendAsync(string method, Func<HttpContent> content, string? channel, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = new Uri(settings.ApiBaseUrl, method);
        var pacer = pacers.For(Microsoft.Bot.Connector.Channels.Slack);
        for (var attempt = 0; ; attempt++)
        {
            if (channel is not null)
            {
                await pacer.WaitTurnAsync(channel, cancellationToken);
            }
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken ?? "");
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                if (attempt >= settings.MaxRateLimitRetries)
                {
                    logger.LogWarning("Slack {Method} still rate limited after {Attempts} attempts; message dropped", method, attempt + 1);
                    return null;
                }
                var wait = RetryAfter(response);
                if (channel is not null)
                {
                    pacer.Pause(channel, wait);
                }
                logger.LogInformation("Slack {Method} rate limited; retrying in {Seconds} s", method, wait.TotalSeconds);
                if (channel is null)
                {
                    await Task.Delay(wait, cancellationToken);
                }
                continue;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Slack {Method} answered HTTP {Status}", method, (int)response.StatusCode);
                return null;
            }
            var json = TryParse(body);
            if (json?["ok"]?.GetValueKind() != System.Text.Json.JsonValueKind.True)
            {
                // Slack reports errors as HTTP 200 with {ok:false, error}; the turn goes on, the operator sees why.
                logger.LogWarning("Slack {Method} failed: {Error}", method, json?["error"]?.ToString() ?? "unreadable answer");
            }
            return json;
        }
    }

    /// <summary>Posts a message: its ts (Slack's message id), or Slack's error ("not_in_channel"); both null when Slack could not be reached.</summary>
    public async Task<(string? Ts, string? Error)> PostMessageAsync(SlackConversation conversation, SlackMessage message, CancellationToken cancellationToken)
    {
        var arguments = message.ToArguments(conversation.Channel);
        if (conversation.ThreadTs is not null)
        {
            arguments["thread_ts"] = conversation.ThreadTs;
        }
        var answer = await CallAsync("chat.postMessage", arguments, cancellationToken);
        return (OkTs(answer), answer?["error"]?.ToString());
    }

    public async Task<string?> UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var arguments = message.ToArguments(channel);
        arguments["ts"] = ts;
        return OkTs(await CallAsync("chat.update", arguments, cancellationToken));
    }

    public Task DeleteMessageAsync(string channel, string ts, CancellationToken cancellationToken) =>
        CallAsync("chat.delete", new JsonObject { ["channel"] = channel, ["ts"] = ts }, cancellationToken);

    private static string? OkTs(JsonObject? answer) =>
        answer?["ok"]?.GetValueKind() == System.Text.Json.JsonValueKind.True ? answer["ts"]?.ToString() : null;

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        // Slack always sends Retry-After with a 429; a second is its usual answer when it does not.
        return TimeSpan.FromSeconds(1);
    }

    private static JsonObject? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
