using System.Net;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Rest;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>
/// The Bot Connector REST API with the bot's own credentials (none in local mode), through the SDK's
/// <see cref="BotFrameworkAuthentication"/>. The connector clients it makes use the host's IHttpClientFactory,
/// whose clients carry no retry handler: the outbox retries, durably, and sees every failure.
/// </summary>
public sealed class ConnectorChannelClient(
    BotFrameworkAuthentication authentication,
    IConfiguration configuration,
    IOptions<CoachingOptions> options) : ICoachingChannelClient
{
    public async Task<(string ConversationId, string ActivityId)> PostNewThreadAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var channel = options.Value.Channel;
        if (!channel.IsConfigured)
        {
            throw new DeliveryException("Coaching:Channel is not configured (ServiceUrl and ConversationId).", transient: true, mayHaveArrived: false);
        }
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount(AppId ?? "bot"),
            TenantId = channel.TenantId,
            // Teams starts a new thread in the channel given in channelData.
            ChannelData = new JObject
            {
                ["channel"] = new JObject { ["id"] = channel.ConversationId },
                ["tenant"] = channel.TenantId is null ? null : new JObject { ["id"] = channel.TenantId },
            },
            Activity = (Activity)activity,
        };
        var response = await CallAsync(channel.ServiceUrl!, c => c.Conversations.CreateConversationAsync(parameters, cancellationToken)).ConfigureAwait(false);
        return (response.Id, response.ActivityId ?? "");
    }

    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, IActivity activity, CancellationToken cancellationToken)
    {
        var update = (Activity)activity;
        update.Id = activityId;
        update.Conversation = new ConversationAccount(isGroup: true, id: conversationId);
        await CallAsync(serviceUrl, c => c.Conversations.UpdateActivityAsync(conversationId, activityId, update, cancellationToken)).ConfigureAwait(false);
    }

    public async Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken)
    {
        var message = (Activity)activity;
        message.ApplyConversationReference(reference);
        message.ReplyToId = null;
        await CallAsync(reference.ServiceUrl, c => c.Conversations.SendToConversationAsync(message, cancellationToken)).ConfigureAwait(false);
    }

    private string? AppId => configuration["MicrosoftAppId"] is { Length: > 0 } id ? id : null;

    private async Task<T> CallAsync<T>(string serviceUrl, Func<IConnectorClient, Task<T>> call)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, AppId ?? ""),
            new Claim(AuthenticationConstants.AppIdClaim, AppId ?? ""),
        ]);
        try
        {
            using var client = await authentication.CreateConnectorFactory(identity).CreateAsync(serviceUrl, null, CancellationToken.None).ConfigureAwait(false);
            return await call(client).ConfigureAwait(false);
        }
        catch (ErrorResponseException e)
        {
            // The connector's own error type for a non-2xx answer; it does not derive from HttpOperationException.
            throw Classify(e.Response?.StatusCode, e.Response?.Headers, e);
        }
        catch (HttpOperationException e)
        {
            throw Classify(e.Response?.StatusCode, e.Response?.Headers, e);
        }
        catch (HttpRequestException e)
        {
            // Not connected at all means nothing was sent; a connection lost half-way may have delivered it.
            var neverSent = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
            throw new DeliveryException($"Channel not reachable: {e.Message}", transient: true, inner: e, mayHaveArrived: !neverSent);
        }
        catch (TaskCanceledException e)
        {
            throw new DeliveryException("Channel did not answer in time.", transient: true, inner: e);
        }
    }

    private static DeliveryException Classify(HttpStatusCode? status, IDictionary<string, IEnumerable<string>>? headers, Exception e)
    {
        var code = (int)(status ?? 0);
        // 408, 412, 429 and 5xx except 501/505 may work later (bot-protocols.md, section 2).
        var transient = code is 0 or 408 or 412 or 429 || (code >= 500 && code != 501 && code != 505);
        TimeSpan? retryAfter = null;
        if (headers is not null && headers.TryGetValue("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), out var seconds) && seconds >= 0)
        {
            retryAfter = TimeSpan.FromSeconds(seconds);
        }
        // An answer from the channel itself means it did not take the message; 500/502/504 may come from a gateway
        // in front of a service that did.
        var mayHaveArrived = code is 0 or 500 or 502 or 504;
        return new DeliveryException($"Channel answered {code}: {e.Message}", transient, retryAfter, e, mayHaveArrived, rateLimited: code == 429);
    }
}
