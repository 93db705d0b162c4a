using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TipBot.Bot.Insights;
using TipBot.Bot.Slack;
using TipBot.Bot.Tests.Conversation;

namespace TipBot.Bot.Tests.Slack;

/// <summary>The whole bot (real search over knowledge/) over HTTP with Slack configured and Slack's Web API replaced by <see cref="FakeSlackApi"/>.</summary>
public sealed class SlackTestHost : WebApplicationFactory<Program>
{
    /// <summary>Null: storage in memory, the usual case. For tests with two instances: one SQLite database they share.</summary>
    public string? SqliteConnectionString { get; init; }

    /// <summary>More configuration, applied last.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>How long a stop waits for background work (the host's default when null).</summary>
    public TimeSpan? ShutdownTimeout { get; init; }

    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotUserId = "U0TIPBOT";
    public const string ApiBase = "https://fake-slack.test/api/";

    internal FakeSlackApi Slack { get; } = new();

    internal RecordingInsightsStore Insights { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", SqliteConnectionString is null ? "Memory" : "Sqlite");
        builder.UseSetting("Storage:ConnectionString", SqliteConnectionString ?? "");
        builder.UseSetting("Knowledge:Path", Path.Combine(RepositoryRoot.Path, "knowledge"));
        builder.UseSetting("Admin:ApiKey", "");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("Slack:SigningSecret", Secret);
        builder.UseSetting("Slack:BotToken", "xoxb-test-token");
        builder.UseSetting("Slack:ApiBaseUrl", ApiBase);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            // The real engine over knowledge/, built once for all tests (the live index would build it again per host).
            services.AddSingleton(Library.Search);
            if (ShutdownTimeout is { } timeout)
            {
                services.Configure<HostOptions>(host => host.ShutdownTimeout = timeout);
            }
            services.AddSingleton<IInsightsStore>(Insights);
            services.AddHttpClient(SlackApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Slack);
        });
    }

    /// <summary>Posts <paramref name="body"/> signed by bolt's signing check (see <see cref="BoltSigner"/>).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, int? retry = null)
    {
        var signed = (await BoltSigner.SignAsync(Secret, (body, null)))[0];
        return await PostAsync(path, body, contentType, signed.Timestamp, signed.Signature, retry);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, string? timestamp, string? signature, int? retry = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (timestamp is not null)
        {
            request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        }
        if (signature is not null)
        {
            request.Headers.Add(SlackSignature.SignatureHeader, signature);
        }
        if (retry is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return await CreateClient().SendAsync(request);
    }
}
