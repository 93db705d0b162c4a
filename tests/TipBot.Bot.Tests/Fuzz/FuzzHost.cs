using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Tests.Conversation;

namespace TipBot.Bot.Tests.Fuzz;

/// <summary>
/// The whole bot with every public door open (/api/messages in local mode, Direct Line, Slack with a signing
/// secret), the real search, rate limits off, and every outbound call answered 200 and forgotten.
/// </summary>
public sealed class FuzzHost : WebApplicationFactory<Program>
{
    public const string SlackSecret = "fuzz-signing-secret-0123456789abcdef";

    private readonly string _folder = Directory.CreateTempSubdirectory("tipbot-fuzz-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "tipbot.db")}");
        builder.UseSetting("Knowledge:Path", Path.Combine(RepositoryRoot.Path, "knowledge"));
        builder.UseSetting("Admin:ApiKey", "");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("MicrosoftAppPassword", "");
        builder.UseSetting("Slack:SigningSecret", SlackSecret);
        builder.UseSetting("Slack:BotToken", "xoxb-fuzz");
        builder.UseSetting("Slack:ApiBaseUrl", "https://slack.fuzz.test/api/");
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Library.Search);
            services.AddSingleton<IHttpClientFactory>(new Sink());
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    /// <summary>Answers every outbound call as both a Bot Connector and Slack's Web API would on success, keeping nothing.</summary>
    private sealed class Sink : HttpMessageHandler, IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"ok":true,"id":"sent-1","ts":"1700000000.000100","channel":"D0FUZZ"}""", Encoding.UTF8, "application/json"),
            });
    }
}
