using System.Text.Json;
using System.Text.Json.Serialization;

namespace TipBot.Bot.Coaching;

/// <summary>How requests and outbox messages are written as JSON (stored rows and the admin API).</summary>
public static class CoachingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
