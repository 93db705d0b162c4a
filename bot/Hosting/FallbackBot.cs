using Microsoft.Bot.Builder;

namespace TipBot.Bot.Hosting;

/// <summary>Answers nothing; used only when no <see cref="IBot"/> is registered (the host without the conversation core).</summary>
internal sealed class FallbackBot : IBot
{
    public static readonly FallbackBot Instance = new();

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
