using System.Text.Json;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Dialogs;

/// <summary>Reads and writes the active <see cref="DialogRecord"/> of one user in one conversation.</summary>
public sealed class DialogStore(IStorage storage)
{
    public static string KeyFor(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return $"{activity.ChannelId}/dialogs/{activity.Conversation?.Id}/{activity.From?.Id}";
    }

    public async Task<DialogRecord?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var value) ? ToRecord(value) : null;
    }

    public Task SaveAsync(string key, DialogRecord record, CancellationToken cancellationToken) =>
        storage.WriteAsync(new Dictionary<string, object> { [key] = record }, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        storage.DeleteAsync([key], cancellationToken);

    // Providers hand values back in their own shape (the object itself, a JObject, a JsonElement or text).
    private static DialogRecord? ToRecord(object? value) => value switch
    {
        null => null,
        DialogRecord record => record,
        JObject jObject => jObject.ToObject<DialogRecord>(),
        JsonElement element => element.Deserialize<DialogRecord>(),
        string text => JsonSerializer.Deserialize<DialogRecord>(text),
        _ => JObject.FromObject(value).ToObject<DialogRecord>(),
    };
}
