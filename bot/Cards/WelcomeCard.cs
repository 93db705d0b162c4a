using System.Text.Json.Nodes;
using TipBot.Bot.Texts;
using static TipBot.Bot.Cards.CardElements;

namespace TipBot.Bot.Cards;

/// <summary>The first thing a new user sees: what TipBot does and where to start.</summary>
public static class WelcomeCard
{
    // Catalog texts are ours and may use the TextBlock Markdown subset; they are not escaped.
    public static JsonObject Build(LocalTexts texts) =>
        Card(
            texts["welcome.title"],
            [
                Text(texts["welcome.title"], size: "Large", weight: "Bolder"),
                Text(texts["welcome.text"]),
                Text(texts["welcome.more"], subtle: true),
            ],
            [
                Execute(texts["button.topics"], "topics"),
                Execute(texts["button.help"], "help"),
                Execute(texts["button.coach"], "ask-coach"),
            ]);
}
