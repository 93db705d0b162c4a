using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TipBot.Bot.Tests.DirectLine;

/// <summary>A clock the test moves by hand, to expire tokens and conversations.</summary>
internal sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The real app with the predictable test bot, a hand-moved clock and optional settings.</summary>
internal sealed class DirectLineTestHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public DirectLineTestHost(Dictionary<string, string?>? settings = null, bool useTestBot = true)
    {
        _settings = settings ?? [];
        UseTestBot = useTestBot;
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
        });
    }
}
