using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TipBot.Bot.Hosting.RateLimits;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Slack;

/// <summary>
/// Slack's three request URLs. Each verifies the signature first, acknowledges within Slack's three seconds and
/// leaves the bot's answer to <see cref="SlackTurnWorker"/>.
/// </summary>
public static class SlackEndpoints
{
    public const string Events = "/api/slack/events";
    public const string Commands = "/api/slack/commands";
    public const string Interactions = "/api/slack/interactions";

    private const string RetryHeader = "X-Slack-Retry-Num";

    public static async Task<IResult> EventsAsync(
        HttpContext http,
        IOptions<SlackOptions> options,
        TimeProvider time,
        SlackEventDeduplicator seen,
        SlackTurnAcceptor acceptor,
        UserRateLimiter limiter,
        ILogger<SlackTurnQueue> logger)
    {
        var request = await SlackRequestReader.ReadVerifiedAsync(http, options.Value, time);
        if (request.Refusal is { } refusal)
        {
            return refusal;
        }
        var body = request.Body!;
        if (ParseObject(body) is not { } envelope)
        {
            return Results.BadRequest();
        }
        switch (Str(envelope, "type"))
        {
            case "url_verification":
                return Results.Text(Str(envelope, "challenge") ?? "", "text/plain");
            case "event_callback":
                if (SlackActivities.FromEvent(envelope, options.Value) is not { } activity)
                {
                    // Nothing for the bot (its own messages, edits, other event types): no need to remember it.
                    return Results.Ok();
                }
                var eventId = Str(envelope, "event_id");
                bool first;
                try
                {
                    first = eventId is null || await seen.TryClaimAsync(eventId, http.RequestAborted);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Storage unreachable: Slack delivers the event again later.
                    logger.LogError(e, "Could not record Slack event {EventId}; answered 503", eventId);
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                }
                if (!first)
                {
                    logger.LogInformation("Slack event {EventId} delivered again (retry {Retry}); already handled", eventId, http.Request.Headers[RetryHeader].ToString());
                    return Results.Ok();
                }
                var outcome = await AcceptAsync(activity, acceptor, limiter, logger, http.RequestAborted);
                if (outcome is not Microsoft.AspNetCore.Http.HttpResults.Ok && eventId is not null)
                {
                    // Slack retries a refused event; let that retry through.
                    try
                    {
                        await seen.ReleaseAsync(eventId);
                    }
                    catch (Exception e)
                    {
                        logger.LogError(e, "Slack event {EventId} was refused but stays claimed; Slack's retry of it will be ignored", eventId);
                    }
                }
                return outcome;
            default:
                return Results.Ok();
        }
    }

    public static async Task<IResult> CommandsAsync(
        HttpContext http,
        IOptions<SlackOptions> options,
        TimeProvider time,
        SlackTurnAcceptor acceptor,
        UserRateLimiter limiter,
        SlackReplayGuard replays,
        TextCatalog texts,
        ILogger<SlackTurnQueue> logger)
    {
        var (form, refusal) = await ReadFormAsync(http, options.Value, time, replays);
        if (form is null)
        {
            return refusal!;
        }
        var command = form.TryGetValue("command", out var c) ? c.ToString() : "";
        var text = form.TryGetValue("text", out var t) ? t.ToString().Trim() : "";
        var userId = form.TryGetValue("user_id", out var u) ? u.ToString() : "";
        var channelId = form.TryGetValue("channel_id", out var ch) ? ch.ToString() : "";
        if (command.Length == 0 || userId.Length == 0 || channelId.Length == 0)
        {
            return Results.BadRequest();
        }
        var isCoach = command.Equals("/coach", StringComparison.OrdinalIgnoreCase);
        if (!isCoach && text.Length == 0)
        {
            // Only the user sees this (ephemeral), right away: nothing to search for yet.
            var hint = SlackMrkdwn.FromMarkdown(texts.Get(options.Value.Locale, "slack.tipEmpty"));
            return Results.Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = hint });
        }
        // "/coach" is the word "coach" the bot already knows; any other command (/tip, or a renamed one) asks its text.
        var activity = SlackActivities.FromCommand(
            isCoach ? "coach" : text,
            userId,
            form.TryGetValue("user_name", out var name) ? name.ToString() : null,
            channelId,
            form.TryGetValue("team_id", out var team) ? team.ToString() : null,
            form.TryGetValue("response_url", out var responseUrl) ? responseUrl.ToString() : null,
            options.Value);
        return await AcceptAsync(activity, acceptor, limiter, logger, http.RequestAborted);
    }

    public static async Task<IResult> InteractionsAsync(
        HttpContext http,
        IOptions<SlackOptions> options,
        TimeProvider time,
        SlackTurnAcceptor acceptor,
        UserRateLimiter limiter,
        SlackReplayGuard replays,
        ILogger<SlackTurnQueue> logger)
    {
        var (form, refusal) = await ReadFormAsync(http, options.Value, time, replays);
        if (form is null)
        {
            return refusal!;
        }
        if (!form.TryGetValue("payload", out var payloadText) || ParseObject(Encoding.UTF8.GetBytes(payloadText.ToString())) is not { } payload)
        {
            return Results.BadRequest();
        }
        if (SlackActivities.FromBlockAction(payload, options.Value) is not Activity activity)
        {
            return Results.Ok();
        }
        return await AcceptAsync(activity, acceptor, limiter, logger, http.RequestAborted);
    }

    /// <summary>429 for a user over their share; 503 when the turn queue is full or storage is down (Slack tries again); else 200.</summary>
    private static async Task<IResult> AcceptAsync(Activity activity, SlackTurnAcceptor acceptor, UserRateLimiter limiter, ILogger logger, CancellationToken cancellationToken)
    {
        if (limiter.Check(activity) is { } retryAfter)
        {
            return TooManyRequests.Result(retryAfter);
        }
        try
        {
            return await acceptor.TryAcceptAsync(activity, cancellationToken) ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not keep a Slack turn in the inbox; answered 503");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>A verified, replay-checked form post (commands and button clicks), or why it was refused.</summary>
    private static async Task<(Dictionary<string, Microsoft.Extensions.Primitives.StringValues>? Form, IResult? Refusal)> ReadFormAsync(
        HttpContext http, SlackOptions options, TimeProvider time, SlackReplayGuard replays)
    {
        var request = await SlackRequestReader.ReadVerifiedAsync(http, options, time, replays);
        return request.Refusal is { } refusal
            ? (null, refusal)
            : (QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body!)), null);
    }

    private static JsonObject? ParseObject(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Str(JsonObject node, string key) =>
        node[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
