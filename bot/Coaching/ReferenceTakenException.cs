namespace TipBot.Bot.Coaching;

/// <summary>Thrown by a store when a new request's reference number already names another request.</summary>
public sealed class ReferenceTakenException(string reference, Exception? inner = null)
    : InvalidOperationException($"Reference {reference} is already used.", inner)
{
    public string Reference { get; } = reference;
}
