using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.DirectLine;

/// <summary>Small HTTP calls to the Direct Line endpoint, as a client makes them.</summary>
internal static class DirectLineHttp
{
    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer = null, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return request;
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<JsonNode> GenerateAsync(HttpClient client, string? json = null)
    {
        var (status, body) = await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/generate", json: json));
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }

    /// <summary>Generates a token and starts its conversation: (conversationId, token).</summary>
    public static async Task<(string Id, string Token)> StartAsync(HttpClient client, string? generateJson = null)
    {
        var generated = await GenerateAsync(client, generateJson);
        var token = generated["token"]!.GetValue<string>();
        var (status, body) = await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/conversations", token));
        Assert.Equal(HttpStatusCode.Created, status);
        return (body!["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> PostActivityAsync(HttpClient client, string id, string token, string json) =>
        await SendAsync(client, Request(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, json));

    public static async Task<JsonNode> GetActivitiesAsync(HttpClient client, string id, string token, string? watermark = null)
    {
        var query = watermark is null ? string.Empty : $"?watermark={watermark}";
        var (status, body) = await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities{query}", token));
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }

    public static string Message(string text, string clientActivityId = "c1") =>
        new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "user1", ["name"] = "Anna", ["role"] = "user" },
            ["text"] = text,
            ["locale"] = "nl-NL",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        }.ToJsonString();

    public static IEnumerable<JsonNode> Activities(JsonNode set) => set["activities"]!.AsArray().Select(a => a!);
}
