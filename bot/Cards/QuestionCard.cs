using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Cards;

/// <summary>
/// One answer's card as attachment content: a kept card (<see cref="QuestionCardCache"/>) with this question's id,
/// written to JSON straight from the kept card, so a reply does not copy the card's JObject tree. Every serializer
/// sees the same JSON as the copy would give (<see cref="ToJObject"/>): the SDK's, the connector's, Direct Line's.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class QuestionCard
{
    private readonly JObject _template;
    private readonly string _placeholder;

    internal QuestionCard(JObject template, string placeholder, string questionId)
    {
        _template = template;
        _placeholder = placeholder;
        QuestionId = questionId;
    }

    public string QuestionId { get; }

    /// <summary>The card as a tree of its own (for code that edits or inspects it), built by the same walk that writes it.</summary>
    public JObject ToJObject()
    {
        using var tree = new JTokenWriter();
        Write(_template, tree, []);
        return (JObject)tree.Token!;
    }

    /// <summary>The card's JSON, indented, as <see cref="JToken.ToString()"/> writes a JObject.</summary>
    public override string ToString() => ToJObject().ToString();

    /// <summary>What <c>ToJObject().WriteTo(writer, converters)</c> writes, without making the tree.</summary>
    public void WriteTo(JsonWriter writer, JsonConverter[] converters) => Write(_template, writer, converters);

    private void Write(JToken token, JsonWriter writer, JsonConverter[] converters)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties())
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, writer, converters);
                }
                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(item, writer, converters);
                }
                writer.WriteEndArray();
                break;
            case JValue { Type: JTokenType.String, Value: string text } when text == _placeholder:
                writer.WriteValue(QuestionId);
                break;
            default:
                token.WriteTo(writer, converters);
                break;
        }
    }

    /// <summary>Writes the card wherever a serializer meets it (JToken.FromObject, the connector, Direct Line).</summary>
    private sealed class Converter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(QuestionCard);

        public override bool CanRead => false;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("A question card is only written.");

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            ((QuestionCard)value!).WriteTo(writer, [.. serializer.Converters]);
    }
}
