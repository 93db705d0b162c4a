using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TipBot.Bot.Coaching;
using TipBot.Bot.Insights;
using TipBot.Bot.Storage.Postgres;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.Storage;

/// <summary>Storage:Provider picks every store of the host, and a wrong setting stops the start with a clear message.</summary>
public sealed class StorageProviderSelectionTests
{
    [Fact]
    public void AnUnknownProviderStopsTheStart()
    {
        using var factory = new TipBotFactory(storage: "Oracle");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Storage:Provider 'Oracle' is not known; use 'Sqlite', 'Postgres' or 'Memory'.", Flatten(error));
    }

    [Fact]
    public void PostgresWithoutAConnectionStringStopsTheStart()
    {
        using var factory = new TipBotFactory(new() { ["Storage:ConnectionString"] = "" }, storage: "Postgres");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Storage:ConnectionString is required when Storage:Provider is 'Postgres'", Flatten(error));
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

    private static string Flatten(Exception error) =>
        string.Join("\n", error is AggregateException all ? all.Flatten().InnerExceptions.Select(e => e.ToString()) : [error.ToString()]);
}
