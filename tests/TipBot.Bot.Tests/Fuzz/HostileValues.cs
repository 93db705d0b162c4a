using System.Text;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Fuzz;

/// <summary>Seeded junk: odd strings, values of the wrong kind, broken JSON and mutations of well-formed payloads.</summary>
internal sealed class HostileValues(Random random)
{
    private static readonly string[] Nasty =
    [
        "<script>alert(1)</script>", "[x](javascript:alert(1))", "<@U0TIPBOT>", "<!channel>", "<!here|here>", "*bold* _it_ ~s~ `code`",
        "${{7*7}}", "{{7*7}}", "'; DROP TABLE state;--", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "\0", "\u202Egnp.exe",
        "\u200B\u200C\u200D\uFEFF", "e\u0301\u0301\u0301\u0301", "🤖👩‍👩‍👧‍👦🏳️‍🌈", "\uD800", "\uDFFF\uD800", "ﷺ", "Ω≈ç√∫", "null", "true", "-1", "1e309",
        "NaN", "", " ", "\r\n\r\n", "coach", "help", "stop", "onderwerpen", "vergeet mij", "alle tips", "voor leidinggevenden",
    ];

    public int Next(int max) => random.Next(max);

    public int Next(int min, int max) => random.Next(min, max);

    public bool Chance(int percent) => random.Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string Text()
    {
        return random.Next(6) switch
        {
            0 => Pick(Nasty),
            1 => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Nasty))),
            2 => RandomChars(random.Next(0, 200)),
            3 => new string('a', random.Next(1000, 20_000)),
            4 => "hoe ga ik om met " + Pick(Nasty),
            _ => RandomChars(random.Next(1, 20)),
        };
    }

    /// <summary>Any char, including lone surrogates, controls and private use.</summary>
    public string RandomChars(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x20, 0x7F),
                _ => (char)random.Next(0, 0x10000),
            };
        }
        return new string(chars);
    }

    /// <summary>A JSON value of any kind, often not the kind a field expects.</summary>
    public JsonNode? Value(int depth = 0) => random.Next(depth > 2 ? 8 : 11) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(random.NextDouble() * double.MaxValue),
        4 => JsonValue.Create(long.MinValue),
        5 => JsonValue.Create(Text()),
        6 => JsonValue.Create(Pick(Nasty)),
        7 => JsonValue.Create(""),
        8 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => Value(depth + 1)).ToArray()),
        9 => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create("k" + i, Value(depth + 1)))),
        _ => new JsonObject { ["type"] = Value(depth + 1), ["id"] = Value(depth + 1), ["text"] = Value(depth + 1) },
    };

    /// <summary>The template with one to three fields replaced by other kinds of values, or removed.</summary>
    public JsonNode Mutate(JsonNode template)
    {
        var root = template.DeepClone();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var containers = Descendants(root).Where(d => d is JsonObject or JsonArray).ToList();
            var target = Pick(containers);
            if (target is JsonObject obj && obj.Count > 0)
            {
                var key = obj.ElementAt(random.Next(obj.Count)).Key;
                if (Chance(25))
                {
                    obj.Remove(key);
                }
                else
                {
                    obj[key] = Value();
                }
            }
            else if (target is JsonArray array && array.Count > 0)
            {
                array[random.Next(array.Count)] = Value();
            }
        }
        return root;
    }

    /// <summary>Bodies that are not a well-formed payload at all.</summary>
    public byte[] Broken(string wellFormed)
    {
        return random.Next(7) switch
        {
            0 => Bytes(random.Next(0, 4000)),
            1 => Encoding.UTF8.GetBytes(wellFormed[..random.Next(wellFormed.Length)]),
            2 => Encoding.UTF8.GetBytes(new string('[', random.Next(100, 20_000)) + new string(']', random.Next(0, 2))),
            3 => Encoding.UTF8.GetBytes("{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", random.Next(50, 3000))) + "1"),
            4 => Encoding.UTF8.GetBytes(wellFormed.Replace("\"", random.Next(2) == 0 ? "'" : "", StringComparison.Ordinal)),
            5 => Encoding.Unicode.GetBytes(wellFormed),
            _ => [],
        };
    }

    public byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
