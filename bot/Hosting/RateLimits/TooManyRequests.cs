namespace TipBot.Bot.Hosting.RateLimits;

/// <summary>The 429 every public endpoint answers: Retry-After and the {"error":{"code","message"}} body the other errors have.</summary>
public static class TooManyRequests
{
    public static IResult Result(int retryAfterSeconds) => new Response(retryAfterSeconds);

    public static Task WriteAsync(HttpResponse response, int retryAfterSeconds)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = $"Too many requests; try again in {retryAfterSeconds} s." } });
    }

    private sealed class Response(int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext.Response, retryAfterSeconds);
    }
}
