namespace TipBot.Bot.DirectLine;

/// <summary>What a valid token grants: one conversation, optionally for one user id, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);

/// <summary>The outcome of checking an Authorization header.</summary>
public enum DirectLineCredentialStatus
{
    /// <summary>No bearer credential at all (401).</summary>
    Missing,

    /// <summary>Not a token we signed (403).</summary>
    Invalid,

    /// <summary>Signed by us but past its lifetime (403).</summary>
    Expired,

    /// <summary>A valid conversation token.</summary>
    Token,

    /// <summary>The configured Direct Line secret itself, which may act for any conversation.</summary>
    Secret,
}

/// <summary>A checked credential: its status and, for a token, what it grants.</summary>
public readonly record struct DirectLineCredential(DirectLineCredentialStatus Status, DirectLineToken? Token = null)
{
    public bool IsAuthorized => Status is DirectLineCredentialStatus.Token or DirectLineCredentialStatus.Secret;

    /// <summary>True when this credential may act in <paramref name="conversationId"/>.</summary>
    public bool Allows(string conversationId) =>
        Status == DirectLineCredentialStatus.Secret
        || (Status == DirectLineCredentialStatus.Token && string.Equals(Token!.ConversationId, conversationId, StringComparison.Ordinal));
}
