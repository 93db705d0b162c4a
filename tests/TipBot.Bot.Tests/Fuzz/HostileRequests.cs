using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Fuzz;

/// <summary>
/// Generates malformed and random requests for /api/messages, the Direct Line endpoints and the Slack endpoints,
/// from one seed: request i of seed s is always the same request, so a failure reproduces.
/// </summary>
internal sealed class HostileRequests(int seed, string conversationId, string token)
{
    private static readonly string[] Methods = ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO"];
    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-7",
        "application/x-www-form-urlencoded", "application/json", "image/png", "application/json; charset=nonsense",
    ];
    private static readonly string[] ActivityTypes =
    [
        "message", "message", "invoke", "event", "conversationUpdate", "messageReaction", "installationUpdate", "typing",
        "endOfConversation", "messageUpdate", "command", "trace", "handoff", "x-unknown",
    ];
    private static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "composeExtension/query", "composeExtension/selectItem", "task/fetch", "signin/verifyState", "x/unknown",
    ];

    private readonly HostileValues _junk = new(new Random(seed));

    public (string Label, HttpRequestMessage Request) Next() => _junk.Next(10) switch
    {
        < 3 => Messages(),
        < 6 => DirectLine(),
        _ => Slack(),
    };

    private (string, HttpRequestMessage) Messages()
    {
        var activity = Activity();
        var (kind, body) = Body(activity.ToJsonString());
        return ($"api/messages {activity["type"]} {kind}", Build(Method("POST"), "/api/messages", body, ContentType("application/json")));
    }

    private (string, HttpRequestMessage) DirectLine()
    {
        // A NUL in the path never reaches a server: HttpClient refuses to send it.
        var junkId = _junk.Text().Replace("\0", "", StringComparison.Ordinal);
        var id = _junk.Chance(80) ? conversationId : Uri.EscapeDataString(junkId[..Math.Min(40, junkId.Length)]);
        var (path, method) = _junk.Next(7) switch
        {
            0 => ("/v3/directline/tokens/generate", "POST"),
            1 => ("/v3/directline/tokens/refresh", "POST"),
            2 => ("/v3/directline/conversations", "POST"),
            3 => ($"/v3/directline/conversations/{id}", "GET"),
            4 => ($"/v3/directline/conversations/{id}/activities?watermark={Uri.EscapeDataString(_junk.Pick(["", "0", "-1", "99999999999999999999", "abc", "1.5"]))}", "GET"),
            5 => ($"/v3/directline/conversations/{id}/stream?t={Uri.EscapeDataString(_junk.Chance(50) ? token : _junk.Text())}", "GET"),
            _ => ($"/v3/directline/conversations/{id}/activities", "POST"),
        };
        var template = path.Contains("tokens/generate", StringComparison.Ordinal)
            ? new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_fuzz" }, ["locale"] = "nl-NL" }
            : DirectLineActivity();
        var (kind, body) = Body(template.ToJsonString());
        var request = Build(Method(method), path, method == "GET" && _junk.Chance(80) ? null : body, ContentType("application/json"));
        var bearer = _junk.Next(5) switch
        {
            0 => null,
            1 => _junk.Text(),
            2 => token[..(token.Length / 2)] + "x" + token[(token.Length / 2)..],
            _ => token,
        };
        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", _junk.Chance(90) ? "Bearer " + bearer : bearer);
        }
        return ($"directline {method} {path.Split('?')[0].Replace(conversationId, "{id}", StringComparison.Ordinal)} {kind}", request);
    }

    private (string, HttpRequestMessage) Slack()
    {
        var (path, template, contentType) = _junk.Next(3) switch
        {
            0 => (SlackEndpoints.Events, SlackEvent().ToJsonString(), "application/json"),
            1 => (SlackEndpoints.Commands, SlackCommand(), "application/x-www-form-urlencoded"),
            _ => (SlackEndpoints.Interactions, SlackInteraction(), "application/x-www-form-urlencoded"),
        };
        var (kind, body) = contentType == "application/json" ? Body(template) : FormBody(template);
        var request = Build(Method("POST"), path, body, ContentType(contentType));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signing = _junk.Next(6);
        var timestamp = signing switch
        {
            3 => (now - 600).ToString(CultureInfo.InvariantCulture),
            4 => _junk.Pick(["", "abc", "-5", "99999999999999999999", "1e3", " 1700000000"]),
            _ => now.ToString(CultureInfo.InvariantCulture),
        };
        var signature = signing switch
        {
            0 or 1 or 3 => SlackSignature.Compute(FuzzHost.SlackSecret, timestamp, body ?? []),
            2 => "v0=" + Convert.ToHexStringLower(_junk.Bytes(32)),
            4 => _junk.Text(),
            _ => null,
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(SlackSignature.SignatureHeader, signature);
            request.Headers.TryAddWithoutValidation(SlackSignature.TimestampHeader, timestamp);
        }
        if (_junk.Chance(10))
        {
            request.Headers.TryAddWithoutValidation("X-Slack-Retry-Num", _junk.Pick(["1", "2", "x", "-1"]));
        }
        var signed = signing is 0 or 1 ? "signed" : "unsigned";
        return ($"slack {path} {signed} {kind}", request);
    }

    /// <summary>Most bodies are broken; some are the template mutated; a few are the template itself (with junk text).</summary>
    private (string Kind, byte[]? Body) Body(string wellFormed) => _junk.Next(10) switch
    {
        < 4 => ("broken", _junk.Broken(wellFormed)),
        < 8 => ("mutated", Encoding.UTF8.GetBytes(_junk.Mutate(JsonNode.Parse(wellFormed)!).ToJsonString())),
        8 => ("huge", Encoding.UTF8.GetBytes(wellFormed.Replace("\"text\":\"", "\"text\":\"" + new string('x', _junk.Next(200_000, 400_000)), StringComparison.Ordinal))),
        _ => ("well-formed", Encoding.UTF8.GetBytes(wellFormed)),
    };

    private (string Kind, byte[]? Body) FormBody(string form) => _junk.Next(10) switch
    {
        < 3 => ("broken", _junk.Broken(form)),
        < 5 => ("form-junk", Encoding.UTF8.GetBytes(string.Join("&", form.Split('&').Select(f => _junk.Chance(30) ? f.Split('=')[0] + "=" + Uri.EscapeDataString(_junk.Text()) : f).Where(_ => _junk.Chance(85))))),
        < 7 => ("form-raw", Encoding.UTF8.GetBytes(form.Replace("%", _junk.Pick(["%", "%%", "%G", "%u00"]), StringComparison.Ordinal) + "&" + _junk.RandomChars(20))),
        < 9 => ("form-mutated-payload", Encoding.UTF8.GetBytes(MutatePayload(form))),
        _ => ("well-formed", Encoding.UTF8.GetBytes(form)),
    };

    private string MutatePayload(string form)
    {
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(form);
        if (!fields.TryGetValue("payload", out var payload))
        {
            return form + "&payload=" + Uri.EscapeDataString(_junk.Text());
        }
        var mutated = _junk.Mutate(JsonNode.Parse(payload.ToString())!).ToJsonString();
        return "payload=" + Uri.EscapeDataString(mutated);
    }

    private JsonObject Activity()
    {
        var type = _junk.Pick(ActivityTypes);
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "fuzz-" + _junk.Next(1000),
            ["channelId"] = _junk.Pick(["msteams", "slack", "webchat", "emulator", "directline", "x"]),
            ["serviceUrl"] = _junk.Pick(["https://channel.fuzz.test/", "http://localhost:1/", "javascript:alert(1)", "ftp://x/", "not a url"]),
            ["from"] = new JsonObject { ["id"] = "29:fuzz-" + _junk.Next(20), ["name"] = _junk.Text(), ["aadObjectId"] = _junk.Text() },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "TipBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:fuzz-" + _junk.Next(20), ["conversationType"] = _junk.Pick(["personal", "channel", "groupChat"]) },
            ["locale"] = _junk.Pick(["nl-NL", "en", "en-US", "xx", "", "../../etc"]),
            ["text"] = _junk.Text(),
            ["deliveryMode"] = _junk.Pick(["expectReplies", "normal", "expectReplies"]),
        };
        if (type == "invoke")
        {
            activity["name"] = _junk.Pick(InvokeNames);
            activity["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = _junk.Pick(["feedback", "more-like-this", "claim", "complete", "say", "x"]), ["data"] = _junk.Value() },
                ["commandId"] = "searchTips",
                ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = _junk.Text() }),
                ["queryOptions"] = new JsonObject { ["skip"] = _junk.Value(), ["count"] = _junk.Value() },
            };
        }
        if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:fuzz" }, new JsonObject { ["id"] = "28:bot" });
        }
        if (_junk.Chance(30))
        {
            activity["value"] = new JsonObject { ["verb"] = _junk.Pick(["feedback", "more-like-this", "claim", "say", "intake"]), ["tipId"] = _junk.Text(), ["questionId"] = _junk.Text(), ["useful"] = _junk.Value(), ["text"] = _junk.Text() };
        }
        return activity;
    }

    private JsonObject DirectLineActivity() => new()
    {
        ["type"] = _junk.Pick(["message", "message", "event", "invoke", "typing", "conversationUpdate", "x"]),
        ["from"] = new JsonObject { ["id"] = _junk.Chance(50) ? "dl_fuzz" : _junk.Text(), ["name"] = _junk.Text() },
        ["text"] = _junk.Text(),
        ["locale"] = _junk.Pick(["nl-NL", "en", "", "zz-ZZ"]),
        ["name"] = _junk.Pick(InvokeNames),
        ["value"] = new JsonObject { ["verb"] = _junk.Pick(["feedback", "more-like-this", "claim", "say"]), ["tipId"] = _junk.Text(), ["action"] = _junk.Value() },
        ["channelData"] = new JsonObject { ["clientActivityID"] = _junk.Text() },
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = _junk.Value() }),
    };

    private JsonObject SlackEvent()
    {
        var text = _junk.Text();
        var e = new JsonObject
        {
            ["type"] = _junk.Pick(["app_mention", "message", "reaction_added", "x"]),
            ["user"] = "U0FUZZ" + _junk.Next(20),
            ["text"] = _junk.Chance(50) ? "<@U0TIPBOT> " + text : text,
            ["ts"] = "1700000000." + _junk.Next(1_000_000).ToString("D6", CultureInfo.InvariantCulture),
            ["channel"] = _junk.Pick(["C0FUZZ", "D0FUZZ"]),
            ["channel_type"] = _junk.Pick(["im", "channel"]),
            ["event_ts"] = "1700000000.000100",
        };
        if (_junk.Chance(20))
        {
            e["thread_ts"] = _junk.Pick(["1700000000.000100", "x", ""]);
        }
        return _junk.Chance(10)
            ? new JsonObject { ["type"] = "url_verification", ["challenge"] = _junk.Text(), ["token"] = "x" }
            : new JsonObject
            {
                ["type"] = "event_callback",
                ["team_id"] = "T0FUZZ",
                ["event_id"] = "Ev0FUZZ" + _junk.Next(1_000_000),
                ["event"] = e,
                ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = "U0TIPBOT", ["is_bot"] = true }),
            };
    }

    private string SlackCommand() => string.Join("&", new[]
    {
        ("command", _junk.Pick(["/tip", "/coach", "/x", "", "tip"])),
        ("text", _junk.Text()),
        ("user_id", "U0FUZZ" + _junk.Next(20)),
        ("user_name", _junk.Text()),
        ("channel_id", _junk.Pick(["D0FUZZ", "C0FUZZ", ""])),
        ("team_id", "T0FUZZ"),
    }.Select(f => f.Item1 + "=" + Uri.EscapeDataString(f.Item2)));

    private string SlackInteraction()
    {
        var value = _junk.Chance(50)
            ? new JsonObject { ["verb"] = _junk.Pick(["feedback", "more-like-this", "claim", "say", "x"]), ["tipId"] = _junk.Text(), ["questionId"] = "q", ["useful"] = _junk.Value(), ["text"] = _junk.Text() }.ToJsonString()
            : _junk.Text();
        var payload = new JsonObject
        {
            ["type"] = _junk.Pick(["block_actions", "view_submission", "shortcut", "x"]),
            ["user"] = new JsonObject { ["id"] = "U0FUZZ" + _junk.Next(20), ["username"] = _junk.Text() },
            ["channel"] = new JsonObject { ["id"] = _junk.Pick(["D0FUZZ", "C0FUZZ"]) },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000100", ["channel_id"] = "D0FUZZ" },
            ["message"] = new JsonObject { ["ts"] = "1700000000.000100", ["thread_ts"] = _junk.Value() },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = _junk.Pick(["tipbot.say.1", "tipbot.action.2", "x", ""]), ["value"] = value, ["type"] = "button", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = _junk.Text() } }),
        };
        return "payload=" + Uri.EscapeDataString(payload.ToJsonString());
    }

    private string Method(string usual) => _junk.Chance(85) ? usual : _junk.Pick(Methods);

    private string? ContentType(string usual) => _junk.Next(10) switch
    {
        < 7 => usual,
        7 => null,
        _ => _junk.Pick(ContentTypes),
    };

    private static HttpRequestMessage Build(string method, string path, byte[]? body, string? contentType)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null && method is not ("GET" or "HEAD" or "TRACE"))
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        return request;
    }
}
