using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace TipBot.Bot.Hosting.ReusedClients;

/// <summary>A connector client shared by many turns: the turn's end (which disposes what it was handed) leaves it usable.</summary>
internal sealed class ReusedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public Uri BaseUri
    {
        get => inner.BaseUri;
        set => inner.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => inner.Credentials;

    public IAttachments Attachments => inner.Attachments;

    public IConversations Conversations => inner.Conversations;

    public void Dispose()
    {
        // Owned by the cache, not by the turn.
    }
}
