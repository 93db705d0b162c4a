using Microsoft.Bot.Builder;

namespace TipBot.Bot.Hosting;

/// <summary>Answers nothing; registered only until the conversation core registers the real <see cref="IBot"/>.</summary>
internal sealed class FallbackBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
