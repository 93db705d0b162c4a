using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TipBot.Bot.Hosting.Proxies;

/// <summary>ASP.NET Core's forwarded-headers middleware, set up from <see cref="ForwardedHeadersSettings"/>; nothing at all when off.</summary>
public static class ForwardedHeadersExtensions
{
    public static WebApplicationBuilder AddTipBotForwardedHeaders(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        builder.Services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return builder;
        }
        var proxies = settings.KnownProxies
            .Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address : throw Invalid("KnownProxies", p, "an IP address such as 10.0.0.4"))
            .ToList();
        var networks = settings.KnownNetworks
            .Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network : throw Invalid("KnownNetworks", n, "a network such as 10.0.0.0/24"))
            .ToList();
        if (settings.ForwardLimit < 1)
        {
            throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:ForwardLimit must be 1 or more.");
        }
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.ForwardLimit;
            // Configured proxies replace the loopback defaults; with none configured, a proxy on the same machine is trusted.
            if (proxies.Count > 0 || networks.Count > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                proxies.ForEach(options.KnownProxies.Add);
                networks.ForEach(options.KnownIPNetworks.Add);
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so the rate limits and everything else see the client's address.</summary>
    public static WebApplication UseTipBotForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ForwardedHeadersSettings>().Enabled)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }

    private static InvalidOperationException Invalid(string name, string text, string example) =>
        new($"{ForwardedHeadersSettings.Section}:{name} has '{text}', which is not {example}.");
}
