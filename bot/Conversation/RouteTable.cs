using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Cards;

namespace TipBot.Bot.Conversation;

/// <summary>
/// The machinery behind <see cref="Routes"/>: collects its lines and dispatches each activity to the first route
/// that matches. Handlers are resolved from the service provider, so a handler file needs no registration of its own.
/// </summary>
public sealed class RouteTable
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    private sealed record MessageRoute(Func<Turn, CancellationToken, Task<bool>> Matches, Type? Handler);

    private readonly List<MessageRoute> _messages = [];
    private readonly Dictionary<string, Type> _actions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _invokes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Type> _membersAdded = [];

    /// <summary>Every handler type named in the table, for registration.</summary>
    public IEnumerable<Type> HandlerTypes =>
        _messages.Select(m => m.Handler).OfType<Type>().Concat(_actions.Values).Concat(_invokes.Values).Concat(_membersAdded).Distinct();

    public RouteTable MembersAdded<THandler>() where THandler : IMembersAddedHandler
    {
        _membersAdded.Add(typeof(THandler));
        return this;
    }

    public RouteTable Message<THandler>(Func<Turn, bool> matches) where THandler : IMessageHandler =>
        Message<THandler>((turn, _) => Task.FromResult(matches(turn)));

    public RouteTable Message<THandler>(Func<Turn, CancellationToken, Task<bool>> matches) where THandler : IMessageHandler
    {
        _messages.Add(new MessageRoute(matches, typeof(THandler)));
        return this;
    }

    /// <summary>Action.Submit, the fallback of Action.Execute: a message whose value names a verb goes to that verb's action.</summary>
    public RouteTable CardSubmit()
    {
        _messages.Add(new MessageRoute((turn, _) => Task.FromResult(SubmittedAction(turn) is { } a && _actions.ContainsKey(a.Verb)), Handler: null));
        return this;
    }

    public RouteTable Action<THandler>(string verb) where THandler : IActionHandler
    {
        _actions.Add(verb, typeof(THandler));
        return this;
    }

    public RouteTable Invoke<THandler>(string name) where THandler : IInvokeHandler
    {
        _invokes.Add(name, typeof(THandler));
        return this;
    }

    public async Task DispatchMessageAsync(Turn turn, CancellationToken cancellationToken)
    {
        foreach (var route in _messages)
        {
            if (!await route.Matches(turn, cancellationToken))
            {
                continue;
            }
            if (route.Handler is null)
            {
                await RunSubmittedActionAsync(turn, cancellationToken);
            }
            else
            {
                await ((IMessageHandler)turn.Services.GetRequiredService(route.Handler)).HandleAsync(turn, cancellationToken);
            }
            return;
        }
    }

    public async Task DispatchMembersAddedAsync(Turn turn, IReadOnlyList<ChannelAccount> added, CancellationToken cancellationToken)
    {
        foreach (var handler in _membersAdded)
        {
            await ((IMembersAddedHandler)turn.Services.GetRequiredService(handler)).HandleAsync(turn, added, cancellationToken);
        }
    }

    /// <summary>The invoke's response, or null when no route names it (the SDK then answers 501).</summary>
    public async Task<InvokeResponse?> DispatchInvokeAsync(Turn turn, CancellationToken cancellationToken)
    {
        var name = turn.Context.Activity.Name ?? "";
        if (name == AdaptiveCardAction)
        {
            return await RunExecutedActionAsync(turn, cancellationToken);
        }
        return _invokes.TryGetValue(name, out var handler)
            ? await ((IInvokeHandler)turn.Services.GetRequiredService(handler)).HandleAsync(turn, cancellationToken)
            : null;
    }

    private async Task RunSubmittedActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        var action = SubmittedAction(turn)!;
        var handler = (IActionHandler)turn.Services.GetRequiredService(_actions[action.Verb]);
        var reply = await handler.HandleAsync(turn, action, cancellationToken);
        if (reply.ReplacementCard is not null)
        {
            if (turn.Context.Adapter is IReplacesPressedButtons adapter
                && await adapter.ReplacePressedButtonsAsync(turn.Context, reply.Note, cancellationToken))
            {
                return;
            }
            await turn.SendTextAsync(reply.Note, cancellationToken);
        }
    }

    private async Task<InvokeResponse> RunExecutedActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        var action = ExecutedAction(turn);
        if (action is null || !_actions.TryGetValue(action.Verb, out var handlerType))
        {
            return AdaptiveCardResponse("application/vnd.microsoft.activity.message", turn.Texts["action.unknown"]);
        }
        var reply = await ((IActionHandler)turn.Services.GetRequiredService(handlerType)).HandleAsync(turn, action, cancellationToken);
        return reply.ReplacementCard is { } card
            ? AdaptiveCardResponse(Turn.AdaptiveCardContentType, Turn.ToJObject(card))
            : AdaptiveCardResponse("application/vnd.microsoft.activity.message", reply.Note);
    }

    private static InvokeResponse AdaptiveCardResponse(string type, object value) =>
        new()
        {
            Status = 200,
            Body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = type, Value = value },
        };

    /// <summary>Action.Submit: the message's value is the action's data, verb included.</summary>
    private static CardActionRequest? SubmittedAction(Turn turn) =>
        ToJsonObject(turn.Context.Activity.Value) is { } data && Verb(data) is { } verb ? new CardActionRequest(verb, data) : null;

    /// <summary>Action.Execute: the invoke's value is {action: {type, verb, data}, trigger}.</summary>
    private static CardActionRequest? ExecutedAction(Turn turn)
    {
        if (ToJsonObject(turn.Context.Activity.Value)?["action"] is not JsonObject action)
        {
            return null;
        }
        var data = action["data"] as JsonObject ?? new JsonObject();
        var verb = action["verb"] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : Verb(data);
        return verb is null ? null : new CardActionRequest(verb, (JsonObject)data.DeepClone());
    }

    private static string? Verb(JsonObject data) =>
        data[CardElements.VerbKey] is JsonValue v && v.TryGetValue<string>(out var verb) && verb.Length > 0 ? verb : null;

    /// <summary>Activity values come from Newtonsoft (JObject) or from code (any object); the handlers see System.Text.Json.</summary>
    private static JsonObject? ToJsonObject(object? value) =>
        value switch
        {
            null => null,
            JObject jObject => JsonNode.Parse(jObject.ToString(Newtonsoft.Json.Formatting.None)) as JsonObject,
            JToken => null,
            string => null,
            _ => JToken.FromObject(value) is JObject converted
                ? JsonNode.Parse(converted.ToString(Newtonsoft.Json.Formatting.None)) as JsonObject
                : null,
        };
}
