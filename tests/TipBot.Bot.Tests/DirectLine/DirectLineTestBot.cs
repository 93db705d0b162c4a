using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Tests.DirectLine;

/// <summary>
/// A bot whose answers a test can predict, to prove the Direct Line plumbing apart from TipBot's own answers:
/// it greets added members, echoes messages, and has a few words that exercise update, invoke and failure.
/// </summary>
internal sealed class DirectLineTestBot : IBot
{
    /// <summary>A card with an Action.Execute button (verb "card", with an Action.Submit fallback as TipBot's cards have).</summary>
    public const string ButtonCard = """
        {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Was dit nuttig?"},{"type":"Input.Text","id":"comment"}],
         "actions":[{"type":"Action.Execute","title":"Nuttig","verb":"card","data":{"tip":"boze-bellers"},
                     "fallback":{"type":"Action.Submit","title":"Nuttig","data":{"verb":"card","tip":"boze-bellers"}}}]}
        """;

    public List<Activity> Received { get; } = [];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        lock (Received)
        {
            Received.Add(activity);
        }
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                foreach (var member in activity.MembersAdded ?? [])
                {
                    if (member.Id != activity.Recipient.Id)
                    {
                        await turnContext.SendActivityAsync($"Welkom {member.Id} ({activity.Locale})", cancellationToken: cancellationToken);
                    }
                }
                break;
            case ActivityTypes.Message when activity.Text == "update":
                var first = await turnContext.SendActivityAsync("versie 1", cancellationToken: cancellationToken);
                var changed = MessageFactory.Text("versie 2");
                changed.Id = first.Id;
                await turnContext.UpdateActivityAsync(changed, cancellationToken);
                break;
            case ActivityTypes.Message when activity.Text == "kaart":
                await turnContext.SendActivityAsync(MessageFactory.Attachment(
                    [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = JObject.Parse(ButtonCard) }]), cancellationToken);
                break;
            case ActivityTypes.Message when activity.Text == "crash":
                throw new InvalidOperationException("test bot failure");
            case ActivityTypes.Message:
                await turnContext.SendActivityAsync($"Je vroeg: {activity.Text}", cancellationToken: cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == "adaptiveCard/action":
                var verb = (activity.Value as JObject)?["action"]?["verb"]?.ToString();
                object body = verb == "card"
                    ? new { statusCode = 200, type = "application/vnd.microsoft.card.adaptive", value = new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "Bedankt!" } } } }
                    : new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = $"Gedaan: {verb}" };
                await turnContext.SendActivityAsync(
                    new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = 200, Body = body } },
                    cancellationToken);
                break;
        }
    }
}
