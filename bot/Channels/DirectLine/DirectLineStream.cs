using System.Net.WebSockets;
using System.Text;

namespace TipBot.Bot.DirectLine;

/// <summary>
/// The optional WebSocket stream: the client opens streamUrl and gets each new activity set as a text message
/// {"activities":[...],"watermark":"n"}, plus an empty keep-alive message when nothing happens for a while.
/// </summary>
internal static class DirectLineStream
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public static async Task<IResult> AcceptAsync(
        string conversationId, string? watermark, HttpContext http, DirectLineTokenService tokens,
        DirectLineConversationStore store, IHostApplicationLifetime lifetime, TimeProvider clock)
    {
        if (DirectLineEndpoints.Authorize(http, tokens, store, conversationId, out var conversation) is { } error)
        {
            return error;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream URL is for WebSocket clients; others poll GET .../activities.");
        }
        if (!DirectLineEndpoints.TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("'watermark' must be a whole number from an earlier answer.");
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var closed = DrainUntilClosedAsync(socket, stop.Token);
        try
        {
            while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
            {
                var (json, last, count, changed) = conversation!.ActivitiesAfter(after);
                if (count > 0)
                {
                    await SendAsync(socket, json, stop.Token);
                    after = last;
                }
                var woke = await Task.WhenAny(changed, closed, Task.Delay(KeepAlive, clock, stop.Token));
                if (woke == closed || store.Find(conversation.Id) is null)
                {
                    break;
                }
                if (!changed.IsCompleted)
                {
                    await SendAsync(socket, string.Empty, stop.Token);
                }
            }
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the server is stopping; nothing to tell anyone.
        }
        return Results.Empty;
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    // Clients only send keep-alives; reading them is what notices that the client has closed.
    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }
}
