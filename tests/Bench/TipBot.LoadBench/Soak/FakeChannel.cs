using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TipBot.LoadBench.Soak;

/// <summary>A request card as the coaches' channel received it.</summary>
public sealed record PostedCard(string Reference, string RequestId, string ConversationId, string ActivityId);

/// <summary>
/// The Bot Connector service both bot instances talk to on their own (serviceUrl of every soak activity and
/// Coaching:Channel:ServiceUrl): records every request card posted, every card update and every message sent to a
/// requester, keyed by the request's reference, so the end of the run can count each of them.
/// </summary>
public sealed partial class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication app;
    private int threads;

    private FakeChannel(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Cards as they arrive, for the coaches.</summary>
    public Channel<PostedCard> NewCards { get; } = Channel.CreateUnbounded<PostedCard>();

    /// <summary>Request cards posted, per reference.</summary>
    public ConcurrentDictionary<string, int> CardPosts { get; } = new(StringComparer.Ordinal);

    /// <summary>Card updates, per card activity id.</summary>
    public ConcurrentDictionary<string, int> CardUpdates { get; } = new(StringComparer.Ordinal);

    /// <summary>Messages to requesters that name a reference, per reference.</summary>
    public ConcurrentDictionary<string, int> RequesterNotices { get; } = new(StringComparer.Ordinal);

    /// <summary>Everything else that reached the channel: "METHOD path-shape" with a count (expected: nothing).</summary>
    public ConcurrentDictionary<string, int> Other { get; } = new(StringComparer.Ordinal);

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.MapPost("/v3/conversations", channel.CreateConversationAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", channel.SendAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", channel.SendAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", channel.UpdateAsync);
        app.MapFallback((HttpRequest request) =>
        {
            channel.Other.AddOrUpdate($"{request.Method} {request.Path}", 1, (_, n) => n + 1);
            return Results.NotFound();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = address.TrimEnd('/') + "/";
        return channel;
    }

    private async Task<IResult> CreateConversationAsync(HttpRequest request)
    {
        var body = await ReadAsync(request);
        var card = body?["activity"]?["attachments"]?[0]?["content"];
        var reference = card is null ? null : Reference(card.ToJsonString());
        var requestId = card is null ? null : FindString(card, "requestId");
        if (reference is null || requestId is null)
        {
            Other.AddOrUpdate("POST /v3/conversations without a request card", 1, (_, n) => n + 1);
            return Results.BadRequest();
        }
        var thread = Interlocked.Increment(ref threads);
        var conversationId = $"soak-coaches;messageid={thread}";
        var activityId = $"card-{thread}";
        CardPosts.AddOrUpdate(reference, 1, (_, n) => n + 1);
        NewCards.Writer.TryWrite(new PostedCard(reference, requestId, conversationId, activityId));
        return Results.Json(new { id = conversationId, activityId, serviceUrl = ServiceUrl });
    }

    private async Task<IResult> SendAsync(HttpRequest request, string conversationId)
    {
        var body = await ReadAsync(request);
        var text = body?["text"]?.GetValue<string>();
        if (text is not null && Reference(text) is { } reference)
        {
            RequesterNotices.AddOrUpdate(reference, 1, (_, n) => n + 1);
        }
        else
        {
            Other.AddOrUpdate($"POST activity of type {body?["type"]} without a reference", 1, (_, n) => n + 1);
        }
        return Results.Json(new { id = "sent-" + Guid.NewGuid().ToString("N")[..8] });
    }

    private async Task<IResult> UpdateAsync(HttpRequest request, string conversationId, string activityId)
    {
        await ReadAsync(request);
        CardUpdates.AddOrUpdate(activityId, 1, (_, n) => n + 1);
        return Results.Json(new { id = activityId });
    }

    public static string? Reference(string text) => ReferencePattern().Match(text) is { Success: true } m ? m.Value : null;

    private static string? FindString(JsonNode node, string name)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == name && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        return s;
                    }
                    if (value is not null && FindString(value, name) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonArray a:
                return a.Select(item => item is null ? null : FindString(item, name)).FirstOrDefault(found => found is not null);
            default:
                return null;
        }
    }

    private static async Task<JsonNode?> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    [GeneratedRegex("C-[2-9A-Z]{6}")]
    private static partial Regex ReferencePattern();

    public async ValueTask DisposeAsync()
    {
        NewCards.Writer.TryComplete();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
