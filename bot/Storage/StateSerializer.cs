using Newtonsoft.Json;

namespace TipBot.Bot.Storage;

/// <summary>
/// The JSON settings of the SDK's MemoryStorage (4.23.1), shared by every provider so all hand back the same shapes:
/// type names kept, so a typed value comes back as its type. Only TipBot itself writes the rows it reads.
/// </summary>
public static class StateSerializer
{
    public static JsonSerializer Default { get; } = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = null,
    };
}
