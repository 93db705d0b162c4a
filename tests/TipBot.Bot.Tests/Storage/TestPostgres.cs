using Npgsql;

namespace TipBot.Bot.Tests.Storage;

/// <summary>The PostgreSQL server of scripts/postgres.sh, named by TIPBOT_TEST_POSTGRES; a missing server is a failure, never a skip.</summary>
internal static class TestPostgres
{
    public const string Variable = "TIPBOT_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL cases cannot run. Start the test server with `bash scripts/postgres.sh` " +
                $"and export {Variable}=<the connection string it prints>; ./test.sh does both.");

    /// <summary>Creates an empty schema of its own for one test; its connection string puts it first on the search path.</summary>
    public static string CreateSchema(out string schema) => CreateSchema(ServerConnectionString, out schema);

    /// <summary>The same on another server (a fault run's own, which it may restart).</summary>
    public static string CreateSchema(string server, out string schema)
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {name};", connection);
            command.ExecuteNonQuery();
        }
        schema = name;
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = name }.ToString();
    }

    public static void DropSchema(string schema) => DropSchema(ServerConnectionString, schema);

    public static void DropSchema(string server, string schema)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE;", connection);
        command.ExecuteNonQuery();
    }
}
