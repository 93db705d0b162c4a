using System.Diagnostics;
using System.Net.Http.Headers;

namespace TipBot.LoadBench.Soak;

/// <summary>Posts activities to one of the two instances and records latency and failures in the tally.</summary>
public sealed class SoakClient(HttpClient http, IReadOnlyList<Uri> instances, SoakTally tally)
{
    public int InstanceCount => instances.Count;

    /// <summary>The response body of a 200; null (and an error counted) for anything else.</summary>
    public async Task<byte[]?> PostAsync(SoakRequestKind kind, int instance, byte[] body, string what, CancellationToken cancellationToken)
    {
        var url = new Uri(instances[instance], "api/messages");
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.SendAsync(request, cancellationToken);
            var reply = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            tally.Sent(kind, instance, Stopwatch.GetTimestamp() - sent);
            if ((int)response.StatusCode != 200)
            {
                tally.Error($"{what} on instance {instance}: HTTP {(int)response.StatusCode} {Preview(reply)}");
                return null;
            }
            return reply;
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            tally.Sent(kind, instance, Stopwatch.GetTimestamp() - sent);
            tally.Error($"{what} on instance {instance}: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }

    public static string Preview(byte[] reply)
    {
        var text = System.Text.Encoding.UTF8.GetString(reply, 0, Math.Min(reply.Length, 300));
        return reply.Length > 300 ? text + "..." : text;
    }
}
