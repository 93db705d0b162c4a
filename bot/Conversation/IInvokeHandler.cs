using Microsoft.Bot.Builder;

namespace TipBot.Bot.Conversation;

/// <summary>Answers an invoke by name (e.g. composeExtension/query); the response goes back in the HTTP reply.</summary>
public interface IInvokeHandler
{
    Task<InvokeResponse> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
