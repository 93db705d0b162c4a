using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using TipBot.Bot.Hosting.RateLimits;
using Newtonsoft.Json;

namespace TipBot.Bot.Hosting;

/// <summary>
/// POST /api/messages: the Bot Framework channels' door. Checks what the SDK lets through as 500s
/// (size, JSON, type, token failures) and hands the activity to the SDK's CloudAdapter.
/// </summary>
public static class MessagesEndpoint
{
    /// <summary>Activities are small; a Teams card submit is a few KB.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task HandleAsync(HttpContext http, [FromServices] TipBotAdapter adapter, [FromServices] IBot? bot, [FromServices] ILogger<TipBotAdapter> logger)
    {
        var request = http.Request;
        var response = http.Response;
        if (!HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = "POST";
            await Problem(response, StatusCodes.Status405MethodNotAllowed, "Only POST is accepted here.");
            return;
        }

        var body = await ReadBodyAsync(request, http.RequestAborted);
        if (body is null)
        {
            await Problem(response, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {MaxBodyBytes} bytes.");
            return;
        }
        if (body.Length == 0)
        {
            await Problem(response, StatusCodes.Status400BadRequest, "The request has no body; expected an activity as JSON.");
            return;
        }

        var (activity, error) = Parse(body);
        if (activity is null)
        {
            await Problem(response, StatusCodes.Status400BadRequest, error!);
            return;
        }

        try
        {
            var invokeResponse = await adapter.ProcessIncomingAsync(request.Headers.Authorization.ToString(), activity, bot ?? FallbackBot.Instance, http.RequestAborted);
            await WriteInvokeResponseAsync(response, invokeResponse);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogInformation("Rejected an activity from {ServiceUrl}: {Reason}", activity.ServiceUrl, e.Message);
            await Problem(response, StatusCodes.Status401Unauthorized, "The request is not authorized.");
        }
        catch (UserRateLimitedException e)
        {
            await TooManyRequests.WriteAsync(response, e.RetryAfterSeconds);
        }
        catch (ChannelKeysUnavailableException e)
        {
            logger.LogError(e, "Cannot authenticate channel requests: the OpenID metadata / signing keys endpoint is unreachable ({Reason})", e.InnerException?.Message);
            await Problem(response, StatusCodes.Status503ServiceUnavailable, "The bot cannot check the channel's credentials right now; try again later.");
        }
    }

    /// <summary>As the SDK's CloudAdapter answers: 200 with no body, or the invoke's status and body (expectReplies: the replies).</summary>
    private static async Task WriteInvokeResponseAsync(HttpResponse response, InvokeResponse? invokeResponse)
    {
        response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status200OK;
        if (invokeResponse?.Body is { } body)
        {
            response.ContentType = "application/json; charset=utf-8";
            await ReplyJson.WriteAsync(response, body);
        }
    }

    /// <summary>The body as bytes; null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        if (request.ContentLength is { } declared)
        {
            return await ReadExactlyAsync(request.Body, (int)declared, cancellationToken);
        }
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>A body of a declared length straight into its own array (the usual case: channels send Content-Length).</summary>
    private static async Task<byte[]?> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = await body.ReadAtLeastAsync(bytes, length, throwOnEndOfStream: false, cancellationToken);
        // Kestrel stops a body at its Content-Length; a shorter one is cut off and read as the JSON it is.
        return filled == length ? bytes : bytes[..filled];
    }

    private static (Activity? Activity, string? Error) Parse(byte[] body)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body))) { MaxDepth = 64 };
            var activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
            if (activity is null)
            {
                return (null, "The body is not an activity.");
            }
            if (string.IsNullOrWhiteSpace(activity.Type))
            {
                return (null, "The activity has no type.");
            }
            // Every channel sends these; without them the SDK cannot answer or keep state (a 500, or a failed turn).
            if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
            {
                return (null, "The activity has no serviceUrl.");
            }
            if (string.IsNullOrWhiteSpace(activity.ChannelId) || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.From?.Id))
            {
                return (null, "The activity needs a channelId, conversation.id and from.id.");
            }
            if (activity.ServiceUrl is { Length: > 0 } serviceUrl
                && !(Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                return (null, "The activity's serviceUrl is not an http(s) URL.");
            }
            return (activity, null);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not a valid activity: {e.Message}");
        }
    }

    private static Task Problem(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new { error = new { code = ReasonOf(status), message } });
    }

    private static string ReasonOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "BadArgument",
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status405MethodNotAllowed => "MethodNotAllowed",
        StatusCodes.Status413PayloadTooLarge => "PayloadTooLarge",
        _ => "ServiceUnavailable",
    };
}
