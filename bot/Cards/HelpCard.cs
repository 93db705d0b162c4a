using System.Text.Json.Nodes;
using TipBot.Bot.Texts;
using static TipBot.Bot.Cards.CardElements;

namespace TipBot.Bot.Cards;

/// <summary>What TipBot can do and the words it understands.</summary>
public static class HelpCard
{
    public static JsonObject Build(LocalTexts texts) =>
        Card(
            texts["help.title"],
            [
                Text(texts["help.title"], size: "Medium", weight: "Bolder"),
                Text(texts["help.text"]),
                Text(texts["help.commands"]),
            ],
            [
                Execute(texts["button.topics"], "topics"),
                Execute(texts["button.coach"], "ask-coach"),
            ]);
}
