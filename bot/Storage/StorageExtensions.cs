using Microsoft.Bot.Builder;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Storage;

/// <summary>
/// Registers <see cref="IStorage"/> on the configured provider (SQLite by default, PostgreSQL, or the SDK's
/// MemoryStorage) and the SDK's state objects on it; the stores are opened, and their schemas made, at startup.
/// </summary>
public static class StorageExtensions
{
    public static WebApplicationBuilder AddTipBotStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(sp =>
        {
            var options = ReadOptions(sp);
            return new SqliteDatabase(SqliteDatabase.Resolve(options.ConnectionString, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        });
        services.AddSingleton(sp => new PostgresDatabase(ReadOptions(sp).ConnectionString));
        services.AddSingleton<IStorage>(sp =>
        {
            var options = ReadOptions(sp);
            return options.IsMemory ? new MemoryStorage()
                : options.IsPostgres ? new PostgresStorage(sp.GetRequiredService<PostgresDatabase>())
                : new SqliteStorage(sp.GetRequiredService<SqliteDatabase>());
        });
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.AddHostedService<OpenAtStartup<IStorage>>();
        return builder;
    }

    /// <summary>The options, with an unknown provider refused at startup rather than at the first message.</summary>
    public static StorageOptions ReadOptions(IServiceProvider services)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value;
        if (!options.IsMemory && !options.IsSqlite && !options.IsPostgres)
        {
            throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not known; use 'Sqlite', 'Postgres' or 'Memory'.");
        }
        return options;
    }
}
