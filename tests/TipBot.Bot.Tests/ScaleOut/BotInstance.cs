using System.Net;
using System.Text.Json.Nodes;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.ScaleOut;

/// <summary>
/// One real bot process (TipBot.Bot.dll on a free port) on a given storage, in local mode; messages go in through
/// /api/messages with deliveryMode expectReplies, so the replies come back in the response and no channel is needed.
/// </summary>
internal sealed class BotInstance : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(100) };
    private readonly PeerProcess _process;

    private BotInstance(PeerProcess process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public string Output => _process.Output;

    public int ProcessId => _process.Id;

    public static async Task<BotInstance> StartAsync(string provider, string connectionString)
    {
        var url = $"http://127.0.0.1:{PeerProcess.FreePort()}";
        var process = PeerProcess.Start(
            "dotnet",
            [
                Path.Combine(AppContext.BaseDirectory, "TipBot.Bot.dll"),
                "--urls", url,
                "--Knowledge:Path", Path.Combine(RepositoryRoot.Path, "knowledge"),
            ],
            AppContext.BaseDirectory,
            new Dictionary<string, string>
            {
                // Environment rather than arguments: a connection string may hold a password.
                ["Storage__Provider"] = provider,
                ["Storage__ConnectionString"] = connectionString,
                ["MicrosoftAppId"] = "",
                ["MicrosoftAppPassword"] = "",
                // One test client sends everything from one address; the limits are tested elsewhere.
                ["RateLimiting__Enabled"] = "false",
            });
        var instance = new BotInstance(process, url);
        try
        {
            await instance.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            instance.Dispose();
            throw;
        }
        return instance;
    }

    /// <summary>Sends one message of <paramref name="conversationId"/> and returns the texts of the replies.</summary>
    public async Task<List<string>> SayAsync(string conversationId, string text, string id)
    {
        var activity = Activities.Message(text, conversationId, id);
        activity["deliveryMode"] = "expectReplies";
        using var response = await Http.PostAsync(Url + "/api/messages", Activities.Json(activity));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{Url} answered {(int)response.StatusCode} to '{text}': {body}\n{Output}");
        }
        return JsonNode.Parse(body)!["activities"]!.AsArray().Select(a => (string?)a!["text"] ?? a!["attachments"]?.ToJsonString() ?? "").ToList();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited while starting:\n{Output}");
            }
            try
            {
                using var response = await Http.GetAsync(Url + "/readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Url}/readyz was not ready within {timeout}:\n{Output}");
    }

    /// <summary>kill -9: no shutdown, no flushing, leases and claims left as they are.</summary>
    public void KillHard()
    {
        using var process = System.Diagnostics.Process.GetProcessById(ProcessId);
        process.Kill();
        process.WaitForExit(10_000);
    }

    public void Dispose() => _process.Dispose();
}
