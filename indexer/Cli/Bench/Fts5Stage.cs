using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>
/// SQLite FTS5 on the same corpus and queries, as a .NET developer would set it up: one row per tip,
/// unicode61 with diacritics removed, bm25 with the same field weights, a snippet per hit.
/// </summary>
public static partial class Fts5Stage
{
    public const string Engine = "sqlite-fts5";

    public static StageResult Run(SyntheticCorpus corpus, int documents, string? realLibrary, int queryCount, TextWriter log)
    {
        using var work = new BenchWorkspace();
        log.WriteLine($"[{Engine} {documents}] writing corpus");
        work.WriteCorpus(corpus, documents, realLibrary);
        var queries = corpus.Queries(documents, BenchQueries.Warmup + queryCount);

        log.WriteLine($"[{Engine} {documents}] building");
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var set = KnowledgeLoader.Load(work.Knowledge);
        var parse = clock.Elapsed;
        using var connection = new SqliteConnection($"Data Source={Path.Combine(work.Root, "fts.db")}");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, "CREATE VIRTUAL TABLE tips USING fts5(id UNINDEXED, title, tags, summary, body, tokenize = 'unicode61 remove_diacritics 2')");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO tips (id, title, tags, summary, body) VALUES ($id, $title, $tags, $summary, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var tags = insert.Parameters.Add("$tags", SqliteType.Text);
            var summary = insert.Parameters.Add("$summary", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            foreach (var d in set.Documents)
            {
                id.Value = d.Id;
                title.Value = d.Title;
                tags.Value = string.Join(' ', d.Tags.Select(t => t.Replace('-', ' ')));
                summary.Value = d.Summary;
                body.Value = IndexBuilder.BodyText(d);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var build = clock.Elapsed;
        var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        log.WriteLine($"[{Engine} {documents}] querying");
        using var search = connection.CreateCommand();
        search.CommandText = """
            SELECT id, snippet(tips, 4, '**', '**', '…', 16) FROM tips
            WHERE tips MATCH $q ORDER BY bm25(tips, 0.0, 3.0, 2.0, 2.0, 1.0) LIMIT 10
            """;
        var match = search.Parameters.Add("$q", SqliteType.Text);
        var latency = new Latency();
        var found = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var expression = MatchExpression(queries[i]);
            int Query()
            {
                match.Value = expression;
                using var reader = search.ExecuteReader();
                var rows = 0;
                while (reader.Read())
                {
                    _ = reader.GetString(0);
                    _ = reader.GetString(1);
                    rows++;
                }

                return rows;
            }

            if (i < BenchQueries.Warmup)
                Query();
            else if (latency.Time(Query) > 0)
                found++;
        }

        log.WriteLine($"[{Engine} {documents}] near-real-time updates");
        var nrt = NearRealTime(connection, set.Documents);

        return StageResult.From(Engine, documents, parse, build, buildCpu, latency, found, nrt,
            "UPDATE of the row (autocommit), then a MATCH that must find its new word");
    }

    /// <summary>The question's words, each quoted, joined with OR: what a developer passes to MATCH for free text.</summary>
    public static string MatchExpression(string query)
    {
        var words = Word().Matches(query.ToLowerInvariant()).Select(m => m.Value).Distinct().ToList();
        return words.Count == 0 ? "\"\"" : string.Join(" OR ", words.Select(w => $"\"{w}\""));
    }

    private static Latency NearRealTime(SqliteConnection connection, IReadOnlyList<KnowledgeDocument> documents)
    {
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE tips SET body = $body WHERE id = $id";
        var body = update.Parameters.Add("$body", SqliteType.Text);
        var id = update.Parameters.Add("$id", SqliteType.Text);
        using var find = connection.CreateCommand();
        find.CommandText = "SELECT count(*) FROM tips WHERE tips MATCH $q";
        var match = find.Parameters.Add("$q", SqliteType.Text);

        var latency = new Latency();
        for (var k = 0; k < BenchQueries.NrtRepeats + 1; k++)
        {
            var d = documents[(int)((long)k * 7919 % documents.Count)];
            var marker = "zqxmarker" + (char)('a' + k % 26) + (char)('a' + k / 26);
            long Round()
            {
                body.Value = IndexBuilder.BodyText(d) + " " + marker;
                id.Value = d.Id;
                update.ExecuteNonQuery();
                match.Value = $"\"{marker}\"";
                return (long)find.ExecuteScalar()!;
            }

            var hits = k == 0 ? Round() : latency.Time(Round);
            if (hits != 1)
                throw new InvalidOperationException($"the changed row was not found ({hits} hits)");
        }

        return latency;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
