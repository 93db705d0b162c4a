using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Slack;

/// <summary>
/// What a Slack request told us beyond the Activity itself, carried in its channelData ("slack"): where to answer
/// when the bot may not post in the channel (response_url), the message whose button was pressed, and whether the
/// request said which language the user reads.
/// </summary>
public sealed record SlackOrigin
{
    private const string Key = "slack";

    /// <summary>Slack's response_url of a slash command or button click: answers go here when chat.postMessage may not.</summary>
    public string? ResponseUrl { get; init; }

    /// <summary>The pressed button's message: its ts, text and blocks (as Slack sent them back, with block ids).</summary>
    public string? MessageTs { get; init; }

    public string? MessageText { get; init; }

    public JArray? MessageBlocks { get; init; }

    /// <summary>The block holding the pressed button.</summary>
    public string? BlockId { get; init; }

    /// <summary>The locale came with the request; no need to ask Slack for the user's.</summary>
    public bool LocaleFromRequest { get; init; }

    public static SlackOrigin Of(IActivity activity) =>
        (activity as Activity)?.ChannelData is JObject data && data[Key] is JObject origin
            ? origin.ToObject<SlackOrigin>() ?? new SlackOrigin()
            : new SlackOrigin();

    public void WriteTo(Activity activity) =>
        activity.ChannelData = new JObject { [Key] = JObject.FromObject(this) };
}
