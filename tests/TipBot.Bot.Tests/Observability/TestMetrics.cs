using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Observability;

namespace TipBot.Bot.Tests.Observability;

/// <summary>A <see cref="TipBotMetrics"/> of its own, for tests that build a component by hand.</summary>
internal static class TestMetrics
{
    public static TipBotMetrics Create() =>
        new ServiceCollection().AddTipBotMetrics().BuildServiceProvider().GetRequiredService<TipBotMetrics>();
}
