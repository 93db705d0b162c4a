using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using TipBot.Bot.Cards;

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

    public static string Serialize(object body)
    {
        var text = new StringBuilder(256);
        Write(body, text);
        return text.ToString();
    }

    /// <summary>
    /// Writes <paramref name="body"/> as UTF-8 to the response, the same text as <see cref="Serialize"/>, through a
    /// text buffer kept per thread rather than a new string (and its growing buffers) per reply.
    /// </summary>
    public static async Task WriteAsync(HttpResponse response, object body)
    {
        var text = t_text ?? new StringBuilder(16 * 1024);
        t_text = null;
        try
        {
            Write(body, text);
            var encoder = Encoding.UTF8.GetEncoder();
            foreach (var chunk in text.GetChunks())
            {
                encoder.Convert(chunk.Span, response.BodyWriter, flush: false, out _, out _);
            }
            encoder.Convert([], response.BodyWriter, flush: true, out _, out _);
        }
        finally
        {
            // A rare huge reply is not kept.
            text.Clear();
            if (text.Capacity <= MaxKeptChars)
            {
                t_text = text;
            }
        }
        await response.BodyWriter.FlushAsync().ConfigureAwait(false);
    }

    private const int MaxKeptChars = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_text;

    // One serializer for every reply (Newtonsoft's serializer is safe to share for writing): JsonConvert makes a new
    // one from the settings per call.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>What JsonConvert.SerializeObject(body, Settings) does, into <paramref name="text"/>.</summary>
    private static void Write(object body, StringBuilder text)
    {
        using var writer = new JsonTextWriter(new StringWriter(text, CultureInfo.InvariantCulture)) { Formatting = Serializer.Formatting };
        Serializer.Serialize(writer, body);
    }

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

        // The serializer's converters as an array, made once per serializer instead of once per attachment.
        private volatile ConverterArray? _converters;

        private JsonConverter[] ConvertersOf(JsonSerializer serializer)
        {
            var known = _converters;
            if (known is null || !ReferenceEquals(known.Source, serializer.Converters) || known.Array.Length != serializer.Converters.Count)
            {
                known = new ConverterArray(serializer.Converters, [.. serializer.Converters]);
                _converters = known;
            }
            return known.Array;
        }

        private sealed record ConverterArray(IList<JsonConverter> Source, JsonConverter[] Array);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is JToken token)
            {
                // What the SDK's converter writes for JSON without a MemoryStream: the same tree, through the same converters.
                token.WriteTo(writer, ConvertersOf(serializer));
            }
            else if (value is QuestionCard card)
            {
                // The same JSON as its JObject (what the SDK's converter makes of it first), written from the kept card.
                card.WriteTo(writer, ConvertersOf(serializer));
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
