using System.Reflection;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace TipBot.Bot.Hosting;

/// <summary>
/// The JSON of a response body as the SDK's <see cref="HttpHelper.BotMessageSerializerSettings"/> writes it, without
/// the SDK's copy of every attachment: its converter for <see cref="Attachment.Content"/> first turns the content
/// into a new JToken tree (to look for MemoryStreams), which for a card that already is JSON is a deep copy per reply.
/// </summary>
public static class ReplyJson
{
    /// <summary>The SDK's settings, field for field, with the attachment content written directly when it is JSON.</summary>
    public static JsonSerializerSettings Settings { get; } = Create();

    public static string Serialize(object body) => JsonConvert.SerializeObject(body, Settings);

    private static JsonSerializerSettings Create()
    {
        var sdk = HttpHelper.BotMessageSerializerSettings;
        return new JsonSerializerSettings
        {
            NullValueHandling = sdk.NullValueHandling,
            Formatting = sdk.Formatting,
            DateFormatHandling = sdk.DateFormatHandling,
            DateTimeZoneHandling = sdk.DateTimeZoneHandling,
            ReferenceLoopHandling = sdk.ReferenceLoopHandling,
            MaxDepth = sdk.MaxDepth,
            Converters = [.. sdk.Converters],
            ContractResolver = new DirectContentResolver(),
        };
    }

    /// <summary>The SDK's resolver with <see cref="Attachment.Content"/> given <see cref="DirectContentConverter"/>.</summary>
    private sealed class DirectContentResolver : ReadOnlyJsonContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.DeclaringType == typeof(Attachment) && member.Name == nameof(Attachment.Content))
            {
                property.Converter = new DirectContentConverter(property.Converter);
            }
            return property;
        }
    }

    /// <summary>JSON content goes out as it is; anything else (a MemoryStream, a typed card) the SDK's way.</summary>
    internal sealed class DirectContentConverter(JsonConverter? sdk) : JsonConverter
    {
        public override bool CanConvert(Type objectType) => true;

        public override bool CanRead => false;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Only used to write replies.");

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is JToken token)
            {
                // What the SDK's converter writes for JSON without a MemoryStream: the same tree, through the same converters.
                token.WriteTo(writer, [.. serializer.Converters]);
            }
            else if (sdk is not null)
            {
                sdk.WriteJson(writer, value, serializer);
            }
            else
            {
                serializer.Serialize(writer, value);
            }
        }
    }
}
