using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TipBot.Bot.Conversation;

namespace TipBot.Bot.Tests.DirectLine;

/// <summary>A clock the test moves by hand, to expire tokens and conversations.</summary>
internal sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The real app with storage in memory, a hand-moved clock and optional settings; with the predictable test bot
/// and an empty knowledge folder, or with TipBot's own conversation core answering from the repo's knowledge/.
/// </summary>
internal sealed class DirectLineTestHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _emptyKnowledge;

    public DirectLineTestHost(Dictionary<string, string?>? settings = null, bool useTestBot = true)
    {
        UseTestBot = useTestBot;
        _emptyKnowledge = Directory.CreateTempSubdirectory("tipbot-directline-").FullName;
        _settings = new()
        {
            ["Storage:Provider"] = "Memory",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Knowledge:Path"] = useTestBot ? _emptyKnowledge : Path.Combine(LiveDirectLineServer.RepoRoot(), "knowledge"),
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public DirectLineTestBot Bot { get; } = new();

    public TestClock Clock { get; } = new();

    public bool UseTestBot { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (UseTestBot)
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot>(Bot);
            }
            else
            {
                // Program.cs may not wire the conversation core yet; registering it again is harmless.
                services.AddConversation();
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_emptyKnowledge, recursive: true);
        }
        catch (IOException)
        {
            // Still watched by the live index on some platforms; temp is cleaned eventually.
        }
    }
}
