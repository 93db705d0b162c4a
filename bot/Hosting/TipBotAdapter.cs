using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using TipBot.Bot.Hosting.RateLimits;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Hosting;

/// <summary>The SDK's CloudAdapter with one constructor DI can pick, and an error handler that apologises instead of failing the request.</summary>
public sealed class TipBotAdapter : CloudAdapter
{
    /// <summary>The SDK's own log category: it writes an Information line per request, off by default (appsettings).</summary>
    public const string SdkLogCategory = "Microsoft.Bot.Builder.CloudAdapter";

    public TipBotAdapter(BotFrameworkAuthentication auth, TextCatalog texts, UserRateLimiter limiter, ILogger<TipBotAdapter> logger, ILoggerFactory loggerFactory)
        : base(auth, loggerFactory.CreateLogger(SdkLogCategory))
    {
        Use(new UserRateLimitMiddleware(limiter));
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is UserRateLimitedException)
            {
                // Not a failure of the bot: the endpoint answers 429, and the user gets no apology for it.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
            }
            logger.LogError(exception, "Turn failed for {ChannelId} conversation {ConversationId}",
                turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id);
            // An invoke's caller waits for a response body, not a chat message; the SDK's default answers invoke with nothing.
            if (turnContext.Activity.Type == ActivityTypes.Invoke)
            {
                return;
            }
            try
            {
                await turnContext.SendActivityAsync(texts.Get(turnContext.Activity.Locale, "common.sorry"));
            }
            catch (Exception sendFailure)
            {
                // The channel itself may be what failed; the request must still end cleanly.
                logger.LogWarning(sendFailure, "Could not send the apology to {ServiceUrl}", turnContext.Activity.ServiceUrl);
            }
        };
    }

    /// <summary>Authenticates and runs one inbound activity: the SDK's own path, minus its HTTP parsing (done by <see cref="MessagesEndpoint"/>).</summary>
    public Task<InvokeResponse> ProcessIncomingAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
}
