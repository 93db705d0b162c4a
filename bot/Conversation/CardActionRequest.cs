using System.Text.Json;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Conversation;

/// <summary>A card button pressed: its verb and data, the same whether it came as Action.Execute or as Action.Submit.</summary>
public sealed record CardActionRequest(string Verb, JsonObject Data)
{
    public string? GetString(string key) =>
        Data[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public bool? GetBool(string key) =>
        Data[key] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : null;
}
