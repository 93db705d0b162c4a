using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Hosting.RateLimits;

namespace TipBot.Bot.DirectLine;

/// <summary>The Direct Line 3.0 REST surface Web Chat and botframework-directlinejs use.</summary>
internal static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).RequireCors(DirectLineCors.PolicyName).RequireRateLimiting(RateLimitExtensions.PublicPolicy);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectConversation);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.Map("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
    }

    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options)
    {
        if (tokens.RequiresSecret)
        {
            var credential = tokens.Check(http.Request.Headers.Authorization);
            if (credential.Status == DirectLineCredentialStatus.Missing)
            {
                return DirectLineErrors.Create(StatusCodes.Status401Unauthorized, "Unauthorized", "Send the Direct Line secret as 'Authorization: Bearer <secret>'.");
            }
            if (credential.Status != DirectLineCredentialStatus.Secret)
            {
                return DirectLineErrors.Create(StatusCodes.Status403Forbidden, "Forbidden", "Only the Direct Line secret can generate tokens.");
            }
        }
        var (json, error) = await DirectLineRequestBody.ReadObjectAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
        if (error is not null)
        {
            return error;
        }
        string? userId = null;
        if (json?["user"] is JToken user && user.Type != JTokenType.Null)
        {
            userId = (user as JObject)?["id"]?.Type == JTokenType.String ? user["id"]!.Value<string>() : null;
            if (!IsValidUserId(userId))
            {
                return DirectLineErrors.BadArgument("'user.id' must be a string of 1 to 128 visible characters.");
            }
        }
        var locale = json?["locale"]?.Type == JTokenType.String ? json["locale"]!.Value<string>() : null;
        var conversation = store.Create(userId, ChooseLocale(locale, http.Request));
        return Results.Ok(Describe(conversation, tokens.Issue(conversation.Id, userId), tokens, streamUrl: null));
    }

    private static IResult RefreshToken(HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var credential = tokens.Check(http.Request.Headers.Authorization);
        if (credential.Status == DirectLineCredentialStatus.Missing)
        {
            return DirectLineErrors.MissingToken();
        }
        if (credential.Status != DirectLineCredentialStatus.Token)
        {
            return DirectLineErrors.Forbidden(credential.Status);
        }
        var token = credential.Token!;
        var conversation = store.Find(token.ConversationId);
        return conversation is null
            ? DirectLineErrors.ConversationNotFound()
            : Results.Ok(Describe(conversation, tokens.Issue(conversation.Id, token.UserId), tokens, streamUrl: null));
    }

    private static async Task<IResult> StartConversationAsync(
        HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineAdapter adapter,
        IHostApplicationLifetime lifetime, ILogger<DirectLineAdapter> logger)
    {
        var credential = tokens.Check(http.Request.Headers.Authorization);
        if (credential.Status == DirectLineCredentialStatus.Missing)
        {
            return DirectLineErrors.MissingToken();
        }
        if (!credential.IsAuthorized)
        {
            return DirectLineErrors.Forbidden(credential.Status);
        }
        // With the secret a client starts a fresh conversation; with a token, the one the token was made for.
        var conversation = credential.Status == DirectLineCredentialStatus.Secret
            ? store.Create(null, ChooseLocale(null, http.Request))
            : store.Find(credential.Token!.ConversationId);
        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }
        var token = credential.Status == DirectLineCredentialStatus.Secret
            ? tokens.Issue(conversation.Id, null)
            : CredentialText(http);
        var started = conversation.TryStart();
        if (started)
        {
            if (ResolveBot(http, logger) is not { } bot)
            {
                return NoBot();
            }
            await adapter.StartConversationAsync(conversation, ServiceUrl(http), bot, lifetime.ApplicationStopping);
        }
        var body = Describe(conversation, token, tokens, StreamUrl(http, conversation.Id, token));
        return started ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Ok(body);
    }

    private static IResult ReconnectConversation(string conversationId, HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        if (Authorize(http, tokens, store, conversationId, out var conversation) is { } error)
        {
            return error;
        }
        var token = CredentialText(http);
        return Results.Ok(Describe(conversation!, token, tokens, StreamUrl(http, conversation!.Id, token)));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store,
        DirectLineAdapter adapter, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options,
        UserRateLimiter limiter, IHostApplicationLifetime lifetime, ILogger<DirectLineAdapter> logger)
    {
        if (Authorize(http, tokens, store, conversationId, out var conversation) is { } error)
        {
            return error;
        }
        var (json, bodyError) = await DirectLineRequestBody.ReadObjectAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }
        var (activity, activityError) = DirectLineRequestBody.ToActivity(json);
        if (activityError is not null)
        {
            return activityError;
        }
        // A token made for a user speaks for that user only, whatever "from" says.
        var tokenUser = tokens.Check(http.Request.Headers.Authorization).Token?.UserId;
        activity!.From = new ChannelAccount(
            tokenUser ?? (string.IsNullOrWhiteSpace(activity.From?.Id) ? conversation!.UserId : activity.From.Id),
            activity.From?.Name);
        // Per conversation, which the token proves; in local mode anyone may claim any "from".
        if (limiter.Check(activity.Type, DirectLineAdapter.ChannelId + ":" + conversation!.Id) is { } retryAfter)
        {
            return TooManyRequests.Result(retryAfter);
        }
        if (ResolveBot(http, logger) is not { } bot)
        {
            return NoBot();
        }
        // The turn outlives a client that hangs up: the bot's answer still lands in the transcript.
        var id = await adapter.ReceiveAsync(conversation!, activity, ServiceUrl(http), bot, lifetime.ApplicationStopping);
        return Results.Ok(new ActivityId(id));
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        if (Authorize(http, tokens, store, conversationId, out var conversation) is { } error)
        {
            return error;
        }
        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("'watermark' must be a whole number from an earlier answer.");
        }
        return Results.Content(conversation!.ActivitiesAfter(after).Json, "application/json; charset=utf-8");
    }

    /// <summary>The common checks of a conversation call: 401 no token, 403 bad or foreign token, 404 unknown conversation.</summary>
    internal static IResult? Authorize(
        HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store, string conversationId, out DirectLineConversation? conversation)
    {
        conversation = null;
        var credential = tokens.Check(http.Request.Headers.Authorization.Count > 0
            ? http.Request.Headers.Authorization.ToString()
            : BearerFromQuery(http));
        if (credential.Status == DirectLineCredentialStatus.Missing)
        {
            return DirectLineErrors.MissingToken();
        }
        if (!credential.IsAuthorized)
        {
            return DirectLineErrors.Forbidden(credential.Status);
        }
        if (!credential.Allows(conversationId))
        {
            return DirectLineErrors.Forbidden(DirectLineCredentialStatus.Invalid);
        }
        conversation = store.Find(conversationId);
        return conversation is null ? DirectLineErrors.ConversationNotFound() : null;
    }

    internal static bool TryParseWatermark(string? watermark, out long after)
    {
        after = 0;
        return string.IsNullOrEmpty(watermark)
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after) && after >= 0);
    }

    // Browsers cannot set headers on a WebSocket, so the stream URL carries the token as ?t=.
    private static string? BearerFromQuery(HttpContext http) =>
        http.Request.Query.TryGetValue("t", out var t) && !string.IsNullOrEmpty(t) ? "Bearer " + t : null;

    private static string CredentialText(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.Length > 7 ? header[7..].Trim() : BearerFromQuery(http)?[7..] ?? string.Empty;
    }

    private static IBot? ResolveBot(HttpContext http, ILogger logger)
    {
        var bot = http.RequestServices.GetService<IBot>();
        if (bot is null)
        {
            logger.LogError("Direct Line has no bot to talk to: no IBot is registered.");
        }
        return bot;
    }

    private static IResult NoBot() =>
        DirectLineErrors.Create(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The bot is not available right now.");

    private static ConversationInfo Describe(DirectLineConversation conversation, string token, DirectLineTokenService tokens, string? streamUrl) =>
        new(conversation.Id, token, tokens.LifetimeSeconds, streamUrl);

    private static string ServiceUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{BasePath}/";

    private static string StreamUrl(HttpContext http, string conversationId, string token) =>
        $"{(http.Request.IsHttps ? "wss" : "ws")}://{http.Request.Host}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";

    private static bool IsValidUserId(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 128 && !id.Any(char.IsControl);

    /// <summary>The locale the client asked for, else the browser's first language, else Dutch.</summary>
    private static string ChooseLocale(string? requested, HttpRequest request)
    {
        if (IsLocale(requested))
        {
            return requested!;
        }
        var first = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value;
        return IsLocale(first) && first != "*" ? first! : "nl-NL";
    }

    private static bool IsLocale(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 35 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private sealed record ConversationInfo(
        [property: System.Text.Json.Serialization.JsonPropertyName("conversationId")] string ConversationId,
        [property: System.Text.Json.Serialization.JsonPropertyName("token")] string Token,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
        [property: System.Text.Json.Serialization.JsonPropertyName("streamUrl"), System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);

    private sealed record ActivityId([property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id);
}
