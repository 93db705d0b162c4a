namespace TipBot.Bot.Hosting.Proxies;

/// <summary>
/// Configuration section "ForwardedHeaders": behind a reverse proxy or load balancer, take the client's address
/// (and scheme) from X-Forwarded-For / X-Forwarded-Proto, but only from the proxies named here. Off by default: a bot
/// reached directly must not believe a header anyone can send.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies whose headers are believed, e.g. "10.0.0.4". None: only the loopback address.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to look through (entries taken from the end of X-Forwarded-For).</summary>
    public int ForwardLimit { get; set; } = 1;
}
