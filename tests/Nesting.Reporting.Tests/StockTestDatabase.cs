using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Nesting.Reporting.Tests;

/// <summary>Raw SQL on an inventory behind the store's back: integrity checks, old-format files, every remnant row.</summary>
internal static class StockTestDatabase
{
    public sealed record RemnantRow(string Id, string? OriginJob, string? ConsumedBy);

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

    /// <summary>Every remnant row, consumed or not.</summary>
    public static IReadOnlyList<RemnantRow> Remnants(string backend, string target)
    {
        using DbConnection connection = backend == "postgres" ? new NpgsqlConnection(target) : new SqliteConnection($"Data Source={target};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT code, origin_job, consumed_by FROM stock_remnants;";
        using var reader = command.ExecuteReader();
        var rows = new List<RemnantRow>();
        while (reader.Read())
        {
            rows.Add(new RemnantRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }
        return rows;
    }
}
