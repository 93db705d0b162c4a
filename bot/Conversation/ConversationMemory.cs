using Microsoft.Bot.Builder;

namespace TipBot.Bot.Conversation;

/// <summary>Typed access to TipBot's user and conversation state; saved once at the end of every turn.</summary>
public sealed class ConversationMemory(UserState userState, ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<UserPreferences> _preferences =
        userState.CreateProperty<UserPreferences>("TipBot.UserPreferences");

    private readonly IStatePropertyAccessor<ConversationNotes> _notes =
        conversationState.CreateProperty<ConversationNotes>("TipBot.ConversationNotes");

    public Task<UserPreferences> PreferencesAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        _preferences.GetAsync(turn, () => new UserPreferences(), cancellationToken);

    public Task SetPreferencesAsync(ITurnContext turn, UserPreferences preferences, CancellationToken cancellationToken) =>
        _preferences.SetAsync(turn, preferences, cancellationToken);

    public Task<ConversationNotes> NotesAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        _notes.GetAsync(turn, () => new ConversationNotes(), cancellationToken);

    public Task SetNotesAsync(ITurnContext turn, ConversationNotes notes, CancellationToken cancellationToken) =>
        _notes.SetAsync(turn, notes, cancellationToken);

    public async Task SaveAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await userState.SaveChangesAsync(turn, force: false, cancellationToken);
        await conversationState.SaveChangesAsync(turn, force: false, cancellationToken);
    }
}
