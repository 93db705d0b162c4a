using Npgsql;
using NpgsqlTypes;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Insights;

/// <summary>Questions and feedback in PostgreSQL (the same database as bot state); no user identity is stored.</summary>
public sealed class PostgresInsightsStore : IInsightsStore
{
    private readonly PostgresDatabase _database;

    public PostgresInsightsStore(PostgresDatabase database)
    {
        _database = database;
        _database.Migrate("0002-insights", """
            CREATE TABLE IF NOT EXISTS insight_question (
                question_id text PRIMARY KEY,
                text text NOT NULL,
                normalized text NOT NULL,
                answered boolean NOT NULL,
                top_ids text[] NOT NULL,
                asked_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS insight_question_unanswered ON insight_question (normalized) WHERE NOT answered;
            CREATE TABLE IF NOT EXISTS insight_feedback (
                question_id text NOT NULL,
                tip_id text NOT NULL,
                useful boolean NOT NULL,
                given_at timestamptz NOT NULL,
                PRIMARY KEY (question_id, tip_id));
            """);
    }

    public async Task RecordQuestionAsync(QuestionLog question, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO insight_question (question_id, text, normalized, answered, top_ids, asked_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (question_id) DO UPDATE SET text = excluded.text, normalized = excluded.normalized,
                answered = excluded.answered, top_ids = excluded.top_ids, asked_at = excluded.asked_at;
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = question.QuestionId });
        command.Parameters.Add(new NpgsqlParameter { Value = question.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = QuestionText.Normalize(question.Text) });
        command.Parameters.Add(new NpgsqlParameter { Value = question.Answered });
        command.Parameters.Add(new NpgsqlParameter { Value = question.TopIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = question.AskedAt.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordFeedbackAsync(TipFeedback feedback, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Changing one's mind on the same tip for the same question replaces the earlier vote.
        await using var command = new NpgsqlCommand("""
            INSERT INTO insight_feedback (question_id, tip_id, useful, given_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (question_id, tip_id) DO UPDATE SET useful = excluded.useful, given_at = excluded.given_at;
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = feedback.QuestionId });
        command.Parameters.Add(new NpgsqlParameter { Value = feedback.TipId });
        command.Parameters.Add(new NpgsqlParameter { Value = feedback.Useful });
        command.Parameters.Add(new NpgsqlParameter { Value = feedback.GivenAt.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<InsightsReport> GetReportAsync(int top, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var unanswered = new List<UnansweredQuestion>();
        // The earliest wording of a question stands for all its spellings; COLLATE "C" sorts ties as the other providers do.
        await using (var command = new NpgsqlCommand("""
            SELECT first_text, n FROM (
                SELECT (array_agg(text ORDER BY asked_at, question_id))[1] AS first_text, count(*) AS n
                FROM insight_question WHERE NOT answered GROUP BY normalized) AS counted
            ORDER BY n DESC, first_text COLLATE "C" LIMIT $1;
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = top });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                unanswered.Add(new UnansweredQuestion(reader.GetString(0), checked((int)reader.GetInt64(1))));
            }
        }
        var worst = new List<TipFeedbackSummary>();
        await using (var command = new NpgsqlCommand("""
            SELECT tip_id, useful, not_useful FROM (
                SELECT tip_id, count(*) FILTER (WHERE useful) AS useful, count(*) FILTER (WHERE NOT useful) AS not_useful
                FROM insight_feedback GROUP BY tip_id) AS counted
            WHERE not_useful > 0
            ORDER BY not_useful - useful DESC, not_useful DESC, tip_id COLLATE "C" LIMIT $1;
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = top });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                worst.Add(new TipFeedbackSummary(reader.GetString(0), checked((int)reader.GetInt64(1)), checked((int)reader.GetInt64(2))));
            }
        }
        return new InsightsReport(unanswered, worst);
    }
}
