using Microsoft.Extensions.DependencyInjection.Extensions;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Storage.Claims;

/// <summary>Registers <see cref="IClaimStore"/> on the same provider as bot state (Storage:Provider).</summary>
public static class ClaimsExtensions
{
    public static WebApplicationBuilder AddTipBotClaims(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IClaimStore>(sp => StorageExtensions.ReadOptions(sp) switch
        {
            { IsMemory: true } => new MemoryClaimStore(sp.GetRequiredService<TimeProvider>()),
            { IsPostgres: true } => new PostgresClaimStore(sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>()),
            _ => new SqliteClaimStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()),
        });
        builder.Services.AddHostedService<OpenAtStartup<IClaimStore>>();
        return builder;
    }
}
