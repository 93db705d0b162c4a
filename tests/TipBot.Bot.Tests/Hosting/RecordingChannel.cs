using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace TipBot.Bot.Tests.Hosting;

/// <summary>A fake Bot Connector service: records every outbound call the bot makes and answers 200 {"id"}.</summary>
public sealed class RecordingChannel : HttpMessageHandler, IHttpClientFactory
{
    public sealed record Call(HttpMethod Method, Uri Uri, string? Authorization, string Body);

    public ConcurrentQueue<Call> Calls { get; } = new();

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Calls.Enqueue(new Call(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($"{{\"id\":\"sent-{Calls.Count}\"}}", Encoding.UTF8, "application/json"),
        };
    }
}
