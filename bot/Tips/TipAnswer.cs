using TipBot.Indexer.Search;

namespace TipBot.Bot.Tips;

/// <summary>One asked question: its id (which feedback refers to), the filter used and what the library answered.</summary>
public sealed record TipAnswer(string QuestionId, string? Audience, SearchResult Result)
{
    public bool Answered => Result.Answered && Result.Hits.Count > 0;
}
