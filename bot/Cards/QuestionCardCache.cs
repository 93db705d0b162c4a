using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Cards;

/// <summary>
/// The cards that answer a question (tip cards, the no-answer card), kept as the JObject the SDK sends, built once per
/// content, language and channel kind: only the question id differs between two answers with the same tips, so each
/// answer gets the kept card with its own id (<see cref="QuestionCard"/>) instead of building, rendering, converting (and for non-Teams channels
/// rewriting) the card again. Bounded: when full it starts over.
/// </summary>
public sealed class QuestionCardCache(int capacity = QuestionCardCache.DefaultCapacity)
{
    public const int DefaultCapacity = 1024;

    // Stands in for the question id while a card is built; random per process, so no library text can equal it.
    private static readonly string Placeholder = "question-" + Guid.NewGuid().ToString("N");

    private readonly ConcurrentDictionary<Key, JObject> _cards = new();

    /// <summary>What a card is made of besides the question id: which card, of what, in which language, for which host.</summary>
    /// <param name="Card">The card's kind (its builder's name).</param>
    /// <param name="Subject">Everything the builder reads besides texts and id (a value with equality, e.g. a record).</param>
    /// <param name="Language">The language of the texts (<see cref="Texts.LocalTexts.Language"/>).</param>
    /// <param name="Teams">Teams gets Action.Execute; other hosts the Action.Submit fallbacks (<see cref="SubmitActions"/>).</param>
    public readonly record struct Key(string Card, object? Subject, string Language, bool Teams);

    /// <summary>
    /// The card for <paramref name="key"/> with <paramref name="questionId"/> in it; <paramref name="build"/> makes it
    /// (Teams form, with the id it is given) when it is not kept yet.
    /// </summary>
    public QuestionCard Get(Key key, string questionId, Func<string, JsonObject> build)
    {
        if (!_cards.TryGetValue(key, out var template))
        {
            var card = build(Placeholder);
            template = NewtonsoftCard.ToJObject(key.Teams ? card : SubmitActions.Replace(card));
            // Count takes every lock of the dictionary, so it is only asked on a miss.
            if (_cards.Count >= capacity)
            {
                _cards.Clear();
            }
            template = _cards.GetOrAdd(key, template);
        }
        return new QuestionCard(template, Placeholder, questionId);
    }

    /// <summary>Number of cards kept (for tests).</summary>
    public int Count => _cards.Count;
}
