using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TipBot.LoadBench.Soak;

/// <summary>
/// The soak: two TipBot processes on one PostgreSQL (a schema of their own), a recording fake channel, N
/// conversations alternating their turns between the instances for the whole duration, coaches claiming cards; then
/// the outbox is drained and everything confirmed is checked to be there exactly once (<see cref="SoakAudit"/>).
/// </summary>
public static class SoakRun
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(SoakOptions options, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N")[..6];
        var schema = "soak_" + runId;
        var adminKey = Guid.NewGuid().ToString("N");
        await ExecuteAsync(options.Postgres, $"CREATE SCHEMA {schema};", cancellationToken);
        var servers = new List<ServerProcess>();
        try
        {
            await using var channel = await FakeChannel.StartAsync();
            var connection = new NpgsqlConnectionStringBuilder(options.Postgres) { SearchPath = schema }.ToString();
            var ports = new[] { FreePort(), FreePort() };
            foreach (var port in ports)
            {
                servers.Add(Start(options.RepoRoot, port, connection, channel.ServiceUrl, adminKey));
            }
            var urls = ports.Select(p => new Uri($"http://127.0.0.1:{p}/")).ToList();
            using var http = NewClient(options.Conversations + options.Coaches + 4);
            for (var i = 0; i < servers.Count; i++)
            {
                await WaitReadyAsync(http, servers[i], urls[i], cancellationToken);
            }

            var tally = new SoakTally();
            var client = new SoakClient(http, urls, tally);
            var script = IntakeScript.FromTexts(options.RepoRoot);
            var questions = QuestionSet.Load(options.RepoRoot);
            var check = TipBotReplyCheck.FromTexts(options.RepoRoot);
            var sampler = new MemorySampler(servers, TimeSpan.FromSeconds(5));
            using var stopSampling = new CancellationTokenSource();
            var sampling = sampler.RunAsync(stopSampling.Token);
            var desk = new CoachDesk(channel, client, tally, script, runId, options.Coaches, options.ClaimEvery);
            var coaching = desk.RunAsync(cancellationToken);

            Console.Error.WriteLine($"soak {runId}: {options.Conversations} conversations for {options.Duration.TotalSeconds:F0} s on {urls[0]} and {urls[1]}, schema {schema}");
            var started = Stopwatch.GetTimestamp();
            var deadline = started + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
            var conversations = Enumerable.Range(0, options.Conversations)
                .Select(n => new SoakConversation(n, runId, client, tally, script, questions, check, channel.ServiceUrl, options.QuestionsPerIntake))
                .Select(c => Task.Run(() => c.RunAsync(deadline, cancellationToken), cancellationToken))
                .ToArray();
            var progress = ProgressAsync(tally, servers, started, deadline, cancellationToken);
            await Task.WhenAll(conversations);
            var elapsed = Stopwatch.GetElapsedTime(started);
            await progress;

            // The outbox drains on its own: wait until every confirmed card is in the channel, the coaches are done,
            // and every claim's update and notice have gone out.
            var drainStarted = Stopwatch.GetTimestamp();
            var drainDeadline = drainStarted + (long)(options.DrainTimeout.TotalSeconds * Stopwatch.Frequency);
            await WaitAsync(() => tally.Intakes.All(i => channel.CardPosts.ContainsKey(i.Reference)), drainDeadline, cancellationToken);
            channel.NewCards.Writer.TryComplete();
            await coaching;
            var audit = new SoakAudit(http, urls[0], adminKey);
            await WaitAsync(() => tally.Claims.All(c => channel.RequesterNotices.ContainsKey(c.Reference) && channel.CardUpdates.ContainsKey(c.CardActivityId)),
                drainDeadline, cancellationToken);
            var requests = await audit.RequestsAsync(cancellationToken);
            while (SoakAudit.Undelivered(requests) > 0 && Stopwatch.GetTimestamp() < drainDeadline)
            {
                await Task.Delay(1000, cancellationToken);
                requests = await audit.RequestsAsync(cancellationToken);
            }
            var drained = Stopwatch.GetElapsedTime(drainStarted);
            await stopSampling.CancelAsync();
            await sampling;

            var findings = SoakAudit.Findings(requests, tally, channel);
            var exited = servers.Select((s, i) => (s, i)).Where(x => x.s.HasExited).Select(x => $"instance {x.i} exited").ToList();
            SoakReport.Print(options, tally, sampler, elapsed, drained, requests.Count, findings.Concat(exited).ToList(), channel);
            return tally.Errors == 0 && findings.Count == 0 && exited.Count == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var server in servers)
            {
                server.Dispose();
            }
            await ExecuteAsync(options.Postgres, $"DROP SCHEMA IF EXISTS {schema} CASCADE;", CancellationToken.None);
        }
    }

    private static ServerProcess Start(string repoRoot, int port, string connection, string serviceUrl, string adminKey)
    {
        var binaries = Path.Combine(repoRoot, "bot", "bin", "Release", "net10.0");
        var dll = Target.Required(Path.Combine(binaries, "TipBot.Bot.dll"), "dotnet build -c Release bot");
        // Target.Local: production settings, local mode, rate limits off (1,000 users from one address).
        var environment = new Dictionary<string, string>(Target.Local)
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = connection,
            ["Knowledge__Path"] = Path.Combine(repoRoot, "knowledge"),
            ["Admin__ApiKey"] = adminKey,
            ["Coaching__Channel__ServiceUrl"] = serviceUrl,
            // Not msteams: Teams' per-conversation limits (60 posts per 30 s in the one channel) would pace the
            // outbox, not measure the bot; the pacing has tests of its own.
            ["Coaching__Channel__ChannelId"] = "emulator",
            ["Coaching__Channel__ConversationId"] = "soak-coaches",
        };
        return ServerProcess.Start("dotnet", [dll, "--urls", Target.Url(port)], binaries, environment);
    }

    private static async Task WaitReadyAsync(HttpClient http, ServerProcess server, Uri url, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetElapsedTime(server.StartedAt) < StartupTimeout)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"{url} exited while starting:{Environment.NewLine}{server.LastOutput()}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(url, "readyz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new InvalidOperationException($"{url} was not ready within {StartupTimeout.TotalSeconds} s:{Environment.NewLine}{server.LastOutput()}");
    }

    private static async Task ProgressAsync(SoakTally tally, IReadOnlyList<ServerProcess> servers, long started, long deadline, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(15), cancellationToken);
            var rss = string.Join(", ", servers.Select(s => $"{s.Memory().Rss / (1024 * 1024)} MB"));
            Console.Error.WriteLine($"  {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s: {tally.Requests()} requests, {tally.Intakes.Count} intakes, " +
                $"{tally.Claims.Count} claims, {tally.Errors} errors; RSS {rss}");
        }
    }

    private static async Task WaitAsync(Func<bool> done, long deadline, CancellationToken cancellationToken)
    {
        while (!done() && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(250, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static HttpClient NewClient(int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            // A turn slower than this counts as an error; under 1,000 conversations on two cores a turn takes seconds.
            Timeout = TimeSpan.FromSeconds(120),
        };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
