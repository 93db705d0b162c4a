using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TipBot.Bot.Coaching;
using TipBot.Bot.Insights;
using TipBot.Bot.Storage.Postgres;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.Storage;

/// <summary>Storage:Provider picks every store of the host, and a wrong setting stops the start with a clear message.</summary>
public sealed class StorageProviderSelectionTests
{
    // These start the real bot as a process: an in-process WebApplicationFactory races the failed start (the
    // entry point disposes the host while the factory still asks it for its lifetime) and may report that instead.
    [Fact]
    public async Task AnUnknownProviderStopsTheStart()
    {
        var (exitCode, output) = await StartBotAsync("Oracle", connectionString: null);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Storage:Provider 'Oracle' is not known; use 'Sqlite', 'Postgres' or 'Memory'.", output);
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringStopsTheStart()
    {
        var (exitCode, output) = await StartBotAsync("Postgres", connectionString: "");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Storage:ConnectionString is required when Storage:Provider is 'Postgres'", output);
    }

    [Fact]
    public async Task PostgresServesStateInsightsAndCoachingAndMakesItsSchemaAtStartup()
    {
        using var scope = new ProviderScope("Postgres");
        using var factory = new TipBotFactory(new() { ["Storage:ConnectionString"] = scope.ConnectionString }, storage: "Postgres");
        factory.CreateClient();

        // The host counts storage failures around whichever provider it chose.
        Assert.IsType<PostgresStorage>(Assert.IsType<TipBot.Bot.Observability.MeasuredStorage>(factory.Services.GetRequiredService<IStorage>()).Inner);
        Assert.IsType<PostgresInsightsStore>(factory.Services.GetRequiredService<IInsightsStore>());
        Assert.IsType<PostgresCoachingStore>(factory.Services.GetRequiredService<ICoachingRequestStore>());
        await using var connection = new NpgsqlConnection(scope.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(id, ',' ORDER BY id) FROM schema_version;", connection);
        Assert.Equal("0001-bot-state,0002-insights,0003-coaching,0004-claims,0005-slack-inbox", await command.ExecuteScalarAsync());
    }

    private static async Task<(int ExitCode, string Output)> StartBotAsync(string provider, string? connectionString)
    {
        var data = Directory.CreateTempSubdirectory("tipbot-storage-start-");
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["MicrosoftAppId"] = "",
                ["MicrosoftAppPassword"] = "",
                ["Storage__Provider"] = provider,
                ["Knowledge__Path"] = Path.Combine(RepositoryRoot.Path, "knowledge"),
            };
            if (connectionString is not null)
            {
                environment["Storage__ConnectionString"] = connectionString;
            }
            using var bot = PeerProcess.Start(
                "dotnet",
                [Path.Combine(AppContext.BaseDirectory, "TipBot.Bot.dll"), "--urls", "http://127.0.0.1:0"],
                data.FullName,
                environment);
            var exitCode = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));
            return (exitCode, bot.Output);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
