using Microsoft.Extensions.Primitives;

namespace TipBot.Bot.Slack;

/// <summary>Reads a Slack request's raw body (bounded) and checks its signature before anything looks inside.</summary>
public static class SlackRequestReader
{
    public sealed record Outcome(byte[]? Body, IResult? Refusal);

    /// <param name="replays">Null where replays are handled otherwise (events, by event id).</param>
    public static async Task<Outcome> ReadVerifiedAsync(HttpContext http, SlackOptions options, TimeProvider time, SlackReplayGuard? replays = null)
    {
        if (!options.IsEnabled)
        {
            // Slack is off until a signing secret is configured: the endpoints do not exist.
            return new Outcome(null, Results.NotFound());
        }
        var max = options.MaxBodyBytes;
        if (http.Request.ContentLength > max)
        {
            return new Outcome(null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return new Outcome(null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
            }
            buffer.Write(chunk, 0, read);
        }
        var body = buffer.ToArray();
        var signature = Single(http.Request.Headers[SlackSignature.SignatureHeader]);
        var valid = SlackSignature.IsValid(
            options.SigningSecret!,
            Single(http.Request.Headers[SlackSignature.TimestampHeader]),
            signature,
            body,
            time.GetUtcNow());
        if (!valid)
        {
            return new Outcome(null, Results.Unauthorized());
        }
        if (replays is not null)
        {
            bool first;
            try
            {
                first = await replays.TryFirstUseAsync(signature!, http.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage unreachable: say so, Slack tries again; never run a request we could not check.
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackRequestReader))
                    .LogError(e, "Could not record a Slack request's signature; answered 503");
                return new Outcome(null, Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
            }
            if (!first)
            {
                return new Outcome(null, Results.Unauthorized());
            }
        }
        return new Outcome(body, null);
    }

    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : null;
}
