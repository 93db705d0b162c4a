using System.Text.Json;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli;

/// <summary>
/// Writes one JSON line per question of an evaluation set: the answered flag, the question's traits and its leading
/// candidates with what the ranking saw of each (<see cref="RankingTrace"/>), in the final order, and what the answered judge
/// read (<see cref="JudgeTrace"/>). The set's grades stay in its .tsv; scripts/ltr.py and scripts/judge-loo.py join the two.
/// </summary>
public static class FeatureDump
{
    public static void Write(IReadOnlyList<EvalQuery> queries, KnowledgeIndex index, string path)
    {
        using var file = new StreamWriter(path);
        foreach (var q in queries)
        {
            var trace = new RankingTrace();
            var result = index.Search(new SearchQuery(q.Text) { Top = Evaluator.ListLength }, trace);
            var row = new
            {
                query = q.Text,
                answered = result.Answered,
                results = result.Hits.Select(h => h.Id),
                groups = trace.Query?.Groups ?? 0,
                words = trace.Query?.Words ?? 0,
                @long = trace.Query?.Long ?? false,
                candidates = trace.Candidates.Select(c => new
                {
                    id = c.Id,
                    kind = c.Kind.ToString().ToLowerInvariant(),
                    rank = c.Rank,
                    score = c.Score,
                    bm25 = c.Bm25,
                    coverage = c.Coverage,
                    group_share = c.GroupShare,
                    focus = c.Focus,
                    section_share = c.SectionShare,
                    phrase_share = c.PhraseShare,
                    related = c.Related,
                    body_words = c.BodyWords,
                    pinned = c.Pinned,
                    memory_share = c.MemoryShare,
                }),
                judge = trace.Judge,
            };
            file.WriteLine(JsonSerializer.Serialize(row));
        }
    }
}
