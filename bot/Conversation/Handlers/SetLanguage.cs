using TipBot.Bot.Texts;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"English" / "Nederlands": the user picks the language TipBot speaks with them, kept until they pick again.</summary>
public sealed class SetLanguage(ConversationMemory memory) : IMessageHandler
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["in english"] = "en", ["english please"] = "en", ["engels"] = "en", ["in het engels"] = "en", ["engels graag"] = "en",
        ["nederlands"] = "nl", ["in het nederlands"] = "nl", ["nederlands graag"] = "nl", ["dutch"] = "nl", ["in dutch"] = "nl", ["dutch please"] = "nl",
    };

    public static bool Matches(Turn turn) => Words.ContainsKey(turn.Command);

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var language = Words[turn.Command];
        var preferences = await memory.PreferencesAsync(turn.Context, cancellationToken);
        await memory.SetPreferencesAsync(turn.Context, preferences with { Language = language }, cancellationToken);
        // This turn's texts still follow the old locale; the confirmation is in the language just chosen.
        var texts = new LocalTexts(turn.Texts.Catalog, TextCatalog.LocaleOf(language));
        turn.Context.Activity.Locale = texts.Locale;
        await turn.SendTextAsync(texts["language.set"], cancellationToken);
    }
}
