using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace TipBot.Bot.DirectLine;

/// <summary>
/// The Direct Line conversations, in memory only: a restart forgets them (clients then get 404 and start anew).
/// At most <see cref="DirectLineOptions.MaxConversations"/> are kept (the least recently used one makes room),
/// and one idle for <see cref="DirectLineOptions.ConversationIdleTimeout"/> is dropped.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;
    private readonly object _evictionGate = new();

    public int Count => _conversations.Count;

    public DirectLineConversation Create(string? userId, string locale)
    {
        var now = clock.GetUtcNow();
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(18));
        var conversation = new DirectLineConversation(
            id, userId ?? "dl_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(9)), locale, _options.MaxActivitiesPerConversation, now);
        MakeRoom(now);
        _conversations[id] = conversation;
        return conversation;
    }

    /// <summary>The live conversation with this id, or null when unknown or expired.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (now - conversation.LastUsed > _options.ConversationIdleTimeout)
        {
            _conversations.TryRemove(id, out _);
            return null;
        }
        conversation.Touch(now);
        return conversation;
    }

    private void MakeRoom(DateTimeOffset now)
    {
        lock (_evictionGate)
        {
            foreach (var (id, conversation) in _conversations)
            {
                if (now - conversation.LastUsed > _options.ConversationIdleTimeout)
                {
                    _conversations.TryRemove(id, out _);
                }
            }
            var excess = _conversations.Count - _options.MaxConversations + 1;
            if (excess <= 0)
            {
                return;
            }
            foreach (var oldest in _conversations.Values.OrderBy(c => c.LastUsed).Take(excess).ToList())
            {
                _conversations.TryRemove(oldest.Id, out _);
            }
        }
    }
}
