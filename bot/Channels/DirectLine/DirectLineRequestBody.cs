using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.DirectLine;

/// <summary>Reads request bodies within the size limit and turns what a client got wrong into a 4xx result.</summary>
internal static class DirectLineRequestBody
{
    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Invoke, ActivityTypes.Typing,
    };

    /// <summary>The body as a JSON object (null for an empty body), or the error to answer with.</summary>
    public static async Task<(JObject? Json, IResult? Error)> ReadObjectAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, DirectLineErrors.TooLarge(limit));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, DirectLineErrors.TooLarge(limit));
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return (null, null);
        }
        buffer.Position = 0;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(buffer)) { DateParseHandling = DateParseHandling.None };
            var token = await JToken.ReadFromAsync(reader, cancellationToken).ConfigureAwait(false);
            return token is JObject json ? (json, null) : (null, DirectLineErrors.BadArgument("The body must be a JSON object."));
        }
        catch (JsonReaderException e)
        {
            return (null, DirectLineErrors.BadArgument($"The body is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>An activity from a client, or the 400 explaining what is wrong with it.</summary>
    public static (Activity? Activity, IResult? Error) ToActivity(JObject? json)
    {
        if (json is null)
        {
            return (null, DirectLineErrors.BadArgument("The body must be an activity (JSON with at least a 'type')."));
        }
        Activity? activity;
        try
        {
            activity = json.ToObject<Activity>(JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings));
        }
        catch (JsonException e)
        {
            return (null, DirectLineErrors.BadArgument($"The activity has a field of the wrong kind: {e.Message}"));
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, DirectLineErrors.BadArgument("The activity has no 'type'."));
        }
        if (!AcceptedTypes.Contains(activity.Type))
        {
            return (null, DirectLineErrors.BadArgument($"Activities of type '{activity.Type}' cannot be sent to the bot; use message, event, invoke or typing."));
        }
        return (activity, null);
    }
}
