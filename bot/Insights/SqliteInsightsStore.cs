using System.Globalization;
using System.Text.Json;
using TipBot.Bot.Storage;

namespace TipBot.Bot.Insights;

/// <summary>Questions and feedback in SQLite (the same database file as bot state); no user identity is stored.</summary>
public sealed class SqliteInsightsStore : IInsightsStore
{
    private readonly SqliteDatabase _database;

    public SqliteInsightsStore(SqliteDatabase database)
    {
        _database = database;
        using var connection = _database.Open();
        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS insight_question (
                question_id TEXT PRIMARY KEY NOT NULL,
                text TEXT NOT NULL,
                normalized TEXT NOT NULL,
                answered INTEGER NOT NULL,
                top_ids TEXT NOT NULL,
                asked_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS insight_question_unanswered ON insight_question (answered, normalized);
            CREATE TABLE IF NOT EXISTS insight_feedback (
                question_id TEXT NOT NULL,
                tip_id TEXT NOT NULL,
                useful INTEGER NOT NULL,
                given_at TEXT NOT NULL,
                PRIMARY KEY (question_id, tip_id));
            """);
    }

    public Task RecordQuestionAsync(QuestionLog question, CancellationToken cancellationToken = default)
    {
        var normalized = QuestionText.Normalize(question.Text);
        var topIds = JsonSerializer.Serialize(question.TopIds);
        return _database.Writer.WriteAsync(scope => Insert(scope, question, normalized, topIds), cancellationToken);
    }

    private static void Insert(SqliteWriteScope scope, QuestionLog question, string normalized, string topIds)
    {
        var command = scope.Command("""
            INSERT INTO insight_question (question_id, text, normalized, answered, top_ids, asked_at)
            VALUES ($id, $text, $normalized, $answered, $top, $at)
            ON CONFLICT (question_id) DO UPDATE SET text = excluded.text, normalized = excluded.normalized,
                answered = excluded.answered, top_ids = excluded.top_ids, asked_at = excluded.asked_at;
            """);
        command.Parameters.AddWithValue("$id", question.QuestionId);
        command.Parameters.AddWithValue("$text", question.Text);
        command.Parameters.AddWithValue("$normalized", normalized);
        command.Parameters.AddWithValue("$answered", question.Answered ? 1 : 0);
        command.Parameters.AddWithValue("$top", topIds);
        command.Parameters.AddWithValue("$at", question.AskedAt.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public Task RecordFeedbackAsync(TipFeedback feedback, CancellationToken cancellationToken = default) =>
        _database.Writer.WriteAsync(scope => Insert(scope, feedback), cancellationToken);

    private static void Insert(SqliteWriteScope scope, TipFeedback feedback)
    {
        // Changing one's mind on the same tip for the same question replaces the earlier vote.
        var command = scope.Command("""
            INSERT INTO insight_feedback (question_id, tip_id, useful, given_at) VALUES ($q, $tip, $useful, $at)
            ON CONFLICT (question_id, tip_id) DO UPDATE SET useful = excluded.useful, given_at = excluded.given_at;
            """);
        command.Parameters.AddWithValue("$q", feedback.QuestionId);
        command.Parameters.AddWithValue("$tip", feedback.TipId);
        command.Parameters.AddWithValue("$useful", feedback.Useful ? 1 : 0);
        command.Parameters.AddWithValue("$at", feedback.GivenAt.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public Task<InsightsReport> GetReportAsync(int top, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        var unanswered = new List<UnansweredQuestion>();
        using (var command = connection.CreateCommand())
        {
            // The earliest wording of a question stands for all its spellings.
            command.CommandText = """
                SELECT (SELECT q2.text FROM insight_question q2 WHERE q2.answered = 0 AND q2.normalized = q.normalized
                        ORDER BY q2.asked_at LIMIT 1) AS text, COUNT(*) AS n
                FROM insight_question q WHERE q.answered = 0
                GROUP BY q.normalized ORDER BY n DESC, text LIMIT $top;
                """;
            command.Parameters.AddWithValue("$top", top);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                unanswered.Add(new UnansweredQuestion(reader.GetString(0), reader.GetInt32(1)));
            }
        }
        var worst = new List<TipFeedbackSummary>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT tip_id, SUM(useful) AS useful, SUM(1 - useful) AS not_useful
                FROM insight_feedback GROUP BY tip_id HAVING not_useful > 0
                ORDER BY not_useful - useful DESC, not_useful DESC, tip_id LIMIT $top;
                """;
            command.Parameters.AddWithValue("$top", top);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                worst.Add(new TipFeedbackSummary(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
            }
        }
        return Task.FromResult(new InsightsReport(unanswered, worst));
    }
}
