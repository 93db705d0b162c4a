using TipBot.Bot.Cards;
using TipBot.Bot.Tips;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>Any other message is a question: the best three tips as cards, or an honest "not yet" with a way on.</summary>
public sealed class SearchTips(TipQuestions questions, ConversationMemory memory, QuestionCardCache cards) : IMessageHandler
{
    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var preferences = await memory.PreferencesAsync(turn.Context, cancellationToken);
        var question = turn.Text;
        var audience = preferences.Audience;
        // "boze bellers voor leidinggevenden" filters this one question; the user's own filter stays as it was.
        if (AudienceFilter.Find(question) is { Clears: false, Remainder.Length: > 0 } inline)
        {
            question = inline.Remainder;
            audience = inline.Audience;
        }

        await turn.SendTypingAsync(cancellationToken);
        var answer = await questions.AskAsync(question, audience, cancellationToken);
        var notes = await memory.NotesAsync(turn.Context, cancellationToken);
        await memory.SetNotesAsync(turn.Context, notes with { LastQuestion = question }, cancellationToken);

        var texts = turn.Texts;
        var audienceLabel = audience is null ? null : texts["audience." + audience];
        if (!answer.Answered)
        {
            var noAnswer = cards.Get(
                new QuestionCardCache.Key(nameof(NoAnswerCard), audienceLabel, texts.Language, turn.IsTeams),
                answer.QuestionId,
                id => NoAnswerCard.Build(texts, audienceLabel, id));
            await turn.SendCardsAsync(null, [noAnswer], cancellationToken);
            return;
        }
        var intro = audienceLabel is null ? texts["tips.intro"] : texts.Get("tips.introFiltered", CardMarkdown.Escape(audienceLabel));
        var tipCards = answer.Result.Hits
            .Take(TipQuestions.AnswerSize)
            .Select(hit => TipView.From(hit))
            .Select(tip => cards.Get(
                new QuestionCardCache.Key(nameof(TipCard), tip, texts.Language, turn.IsTeams),
                answer.QuestionId,
                id => TipCard.Build(tip, texts, TipCardMode.Answer, id)))
            .ToList();
        await turn.SendCardsAsync(intro, tipCards, cancellationToken);
    }
}
