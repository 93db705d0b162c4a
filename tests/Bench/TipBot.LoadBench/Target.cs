namespace TipBot.LoadBench;

/// <summary>A server under test: how to start it and what a correct reply from it looks like.</summary>
public sealed record Target(
    string Name,
    string? Storage,
    string FileName,
    Func<int, IReadOnlyList<string>> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    ReplyCheck Check,
    ReplyKind FirstAnswer)
{
    /// <summary>The question of the startup probe: the one the project's "done" sentence asks.</summary>
    public const string ProbeQuestion = "hoe ga ik om met boze bellers?";

    public string Label => Storage is null ? Name : $"{Name} ({Storage})";

    /// <summary>TipBot as shipped: Release build, its own appsettings.json, the repository's knowledge/ library.</summary>
    public static Target TipBot(string repoRoot, string storage, string dataFolder)
    {
        var binaries = Path.Combine(repoRoot, "bot", "bin", "Release", "net10.0");
        var dll = Required(Path.Combine(binaries, "TipBot.Bot.dll"), "dotnet build -c Release bot");
        var environment = new Dictionary<string, string>(Local)
        {
            ["Storage__Provider"] = storage,
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(dataFolder, "tipbot-bench.db")}",
            ["Knowledge__Path"] = Path.Combine(repoRoot, "knowledge"),
        };
        return new Target("tipbot", storage, "dotnet", port => [dll, "--urls", Url(port)], binaries, environment,
            TipBotReplyCheck.FromTexts(repoRoot), ReplyKind.Tip);
    }

    public static Target SdkEcho(string repoRoot)
    {
        var binaries = Path.Combine(repoRoot, "tests", "Bench", "EchoBot.Sdk", "bin", "Release", "net10.0");
        var dll = Required(Path.Combine(binaries, "EchoBot.Sdk.dll"), "dotnet build -c Release tests/Bench/EchoBot.Sdk");
        return new Target("sdk-echo", null, "dotnet", port => [dll, "--urls", Url(port)], binaries, Local,
            new EchoReplyCheck(), ReplyKind.Echo);
    }

    public static Target JsEcho(string repoRoot)
    {
        var script = Required(Path.Combine(repoRoot, "tests", "peers", "echo-bot.js"), "git checkout tests/peers/echo-bot.js");
        Required(Path.Combine(repoRoot, "tests", "peers", "node_modules", "botbuilder", "package.json"), "cd tests/peers && npm ci");
        return new Target("js-echo", null, "node", port => [script, port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            repoRoot, new Dictionary<string, string> { ["NODE_ENV"] = "production" }, new EchoReplyCheck(), ReplyKind.Echo);
    }

    public Uri MessagesUrl(int port) => new($"{Url(port)}/api/messages");

    /// <summary>Local mode: no app id, so no token checks and (with expectReplies) no outbound calls; production settings.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Local = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
        ["MicrosoftAppTenantId"] = "",
        ["MicrosoftAppType"] = "",
        // Many conversations at full speed from one address: the limits would measure themselves, not the bot.
        ["RateLimiting__Enabled"] = "false",
    };

    internal static string Url(int port) => $"http://127.0.0.1:{port}";

    internal static string Required(string path, string howToMake) =>
        File.Exists(path) ? path : throw new ArgumentException($"{path} is missing; first run: {howToMake}");
}
