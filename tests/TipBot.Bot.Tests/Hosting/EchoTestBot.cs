using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TipBot.Bot.Tests.Hosting;

/// <summary>A bot whose answers the HTTP tests can predict, so they test the host and not the conversation.</summary>
public sealed class EchoTestBot : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text == "boom")
        {
            throw new InvalidOperationException("The test bot fails on purpose.");
        }
        await turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken: cancellationToken);
    }

    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == "test/ping"
            ? Task.FromResult(new InvokeResponse { Status = 200, Body = new Dictionary<string, object?> { ["pong"] = turnContext.Activity.Value } })
            : base.OnInvokeActivityAsync(turnContext, cancellationToken);
}
