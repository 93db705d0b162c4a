using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace TipBot.Bot.Tests.Hosting;

/// <summary>The bot in-process with its own temporary storage and knowledge folder, a recording channel and (optionally) the echo test bot.</summary>
public sealed class TipBotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _echoBot;

    public TipBotFactory(Dictionary<string, string?>? settings = null, bool echoBot = true, string storage = "Memory")
    {
        TempFolder = Directory.CreateTempSubdirectory("tipbot-test-").FullName;
        KnowledgePath = Path.Combine(TempFolder, "knowledge");
        Directory.CreateDirectory(KnowledgePath);
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = storage,
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(TempFolder, "tipbot.db")}",
            ["Knowledge:Path"] = KnowledgePath,
            ["Admin:ApiKey"] = "",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
        _echoBot = echoBot;
    }

    public string TempFolder { get; }

    public string KnowledgePath { get; }

    public RecordingChannel Channel { get; } = new();

    /// <summary>Replaces the outbound HTTP client factory (default: the recording channel).</summary>
    public IHttpClientFactory? HttpClientFactory { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IHttpClientFactory>(HttpClientFactory ?? Channel);
            if (_echoBot)
            {
                services.AddSingleton<IBot, EchoTestBot>();
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(TempFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the OS cleans temp eventually.
        }
    }
}
