using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TipBot.Bot.Pacing;

/// <summary>Registers <see cref="ChannelPacers"/>, shared by everything that posts on its own initiative.</summary>
public static class PacingExtensions
{
    public static IServiceCollection AddChannelPacing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChannelPacers>();
        return services;
    }
}
