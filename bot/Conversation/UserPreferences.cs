namespace TipBot.Bot.Conversation;

/// <summary>What TipBot remembers about one user (typed, so it survives any storage round trip unchanged).</summary>
public sealed record UserPreferences
{
    public bool Welcomed { get; init; }

    /// <summary>The audience filter set with "voor leidinggevenden"; null shows all tips.</summary>
    public string? Audience { get; init; }

    /// <summary>"nl" or "en" when the user chose a language ("English", "Nederlands"); null follows the channel's locale.</summary>
    public string? Language { get; init; }
}

/// <summary>What TipBot remembers about one conversation.</summary>
public sealed record ConversationNotes
{
    /// <summary>Set when the bot greeted a group conversation, so it greets the group once.</summary>
    public bool Welcomed { get; init; }

    /// <summary>The last question asked here, handed to the coaching intake as its starting point.</summary>
    public string? LastQuestion { get; init; }
}
