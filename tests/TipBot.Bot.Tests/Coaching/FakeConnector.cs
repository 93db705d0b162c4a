using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>
/// A Bot Connector service on a real local port (Kestrel): records every call, can answer the next N
/// "create conversation" calls with an error, and otherwise answers like the Connector API v3.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    public sealed record Call(string Method, string Path, JsonNode? Body, int Status)
    {
        public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;
    }

    private readonly WebApplication _app;
    private int _failCreates;
    private int _failStatus;
    private int? _retryAfterSeconds;
    private int _threads;

    private FakeConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<Call> Calls { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations", connector.CreateConversationAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.SendAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.SendAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.UpdateAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The next <paramref name="count"/> "create conversation" calls answer <paramref name="status"/> (with Retry-After when given).</summary>
    public void FailCreates(int count, int status, int? retryAfterSeconds = null)
    {
        _failStatus = status;
        _retryAfterSeconds = retryAfterSeconds;
        Volatile.Write(ref _failCreates, count);
    }

    public IEnumerable<Call> Creates => Calls.Where(c => c.Method == "POST" && c.Path == "/v3/conversations");

    /// <summary>Waits until a recorded call satisfies <paramref name="match"/>.</summary>
    public async Task<Call> WaitForAsync(Func<Call, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (Calls.FirstOrDefault(match) is { } call)
            {
                return call;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The fake connector never saw the expected call. Calls: " + string.Join(", ", Calls.Select(c => $"{c.Method} {c.Path} {c.Status}")));
    }

    private async Task<IResult> CreateConversationAsync(HttpRequest request)
    {
        var body = await ReadAsync(request);
        if (Interlocked.Decrement(ref _failCreates) >= 0)
        {
            Calls.Enqueue(new Call("POST", request.Path, body, _failStatus));
            if (_retryAfterSeconds is { } seconds)
            {
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return Results.Json(new { error = new { code = "ServiceUnavailable", message = "try later" } }, statusCode: _failStatus);
        }
        Calls.Enqueue(new Call("POST", request.Path, body, 200));
        var thread = Interlocked.Increment(ref _threads);
        return Results.Json(new { id = $"19:coaches@thread.tacv2;messageid={thread}", activityId = $"card-{thread}", serviceUrl = ServiceUrl });
    }

    private async Task<IResult> SendAsync(HttpRequest request)
    {
        Calls.Enqueue(new Call("POST", request.Path, await ReadAsync(request), 200));
        return Results.Json(new { id = $"sent-{Calls.Count}" });
    }

    private async Task<IResult> UpdateAsync(HttpRequest request, string activityId)
    {
        Calls.Enqueue(new Call("PUT", request.Path, await ReadAsync(request), 200));
        return Results.Json(new { id = activityId });
    }

    private static async Task<JsonNode?> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
