using Microsoft.Data.Sqlite;

namespace Nesting.Reporting.Tests;

/// <summary>Raw SQL on an SQLite inventory behind the store's back: integrity checks and old-format files.</summary>
internal static class StockTestDatabase
{
    public static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }

    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
