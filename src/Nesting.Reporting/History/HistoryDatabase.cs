using Microsoft.Data.Sqlite;

namespace Nesting.Reporting;

/// <summary>
/// Connections to the history file: WAL journal (readers never block the writer), a busy timeout so concurrent runs
/// wait for each other instead of failing, schema creation and version check, and SQLite errors turned into
/// <see cref="HistoryException"/> with advice. Version 2 adds the stock inventory tables (<see cref="StockSchema"/>)
/// and the remnant columns of <c>runs</c>; a version 1 file is upgraded in place, in one transaction.
/// </summary>
internal static class HistoryDatabase
{
    public const int SchemaVersion = 2;
    private const int BusyTimeoutMs = 15_000;

    public static SqliteConnection Open(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMs};");
            Execute(connection, "PRAGMA journal_mode = WAL;");
            Execute(connection, "PRAGMA synchronous = FULL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Creates the schema in an empty file, or checks the version of an existing one.</summary>
    public static void EnsureSchema(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        var tables = Scalar<long>(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';");
        var hasVersion = Scalar<long>(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';") > 0;
        if (tables > 0 && !hasVersion)
        {
            throw new HistoryException(path,
                $"'{path}' is an SQLite database but not a nesting job history (no schema_version table). Point --history or NESTING_HISTORY to another file.");
        }
        if (!hasVersion)
        {
            var columns = string.Join(",\n  ", HistoryColumns.All.Select(c => $"{c.Name} {c.SqlType}"));
            Execute(connection, $"""
                CREATE TABLE schema_version (version INTEGER NOT NULL);
                INSERT INTO schema_version (version) VALUES ({SchemaVersion});
                CREATE TABLE runs (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  {columns});
                CREATE INDEX runs_by_material ON runs (material_family, thickness_mm, recorded_utc);
                CREATE INDEX runs_by_time ON runs (recorded_utc);
                {StockSchema.Tables(postgres: false)}
                """, transaction);
            transaction.Commit();
            return;
        }
        var version = Scalar<long>(connection, transaction, "SELECT max(version) FROM schema_version;");
        if (version > SchemaVersion)
        {
            throw new HistoryException(path,
                $"Job history '{path}' has schema version {version}, written by a newer nest; this version reads up to {SchemaVersion}. Upgrade nest, or use another history file (--history PATH or NESTING_HISTORY).");
        }
        if (version < SchemaVersion)
        {
            Upgrade(connection, transaction);
        }
        transaction.Commit();
    }

    // Version 1 to 2: the runs columns added since (NULL for earlier runs) and the inventory tables.
    private static void Upgrade(SqliteConnection connection, SqliteTransaction transaction)
    {
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var columns = connection.CreateCommand())
        {
            columns.Transaction = transaction;
            columns.CommandText = "SELECT name FROM pragma_table_info('runs');";
            using var reader = columns.ExecuteReader();
            while (reader.Read())
            {
                existing.Add(reader.GetString(0));
            }
        }
        foreach (var (name, sqlType) in HistoryColumns.All.Where(c => !existing.Contains(c.Name)))
        {
            Execute(connection, $"ALTER TABLE runs ADD COLUMN {name} {sqlType.Replace(" NOT NULL", "", StringComparison.Ordinal)};", transaction);
        }
        Execute(connection, StockSchema.Tables(postgres: false), transaction);
        Execute(connection, $"INSERT INTO schema_version (version) VALUES ({SchemaVersion});", transaction);
    }

    /// <summary>Runs <paramref name="action"/> on a fresh connection, turning SQLite failures into <see cref="HistoryException"/>.</summary>
    public static T Use<T>(string path, Func<SqliteConnection, T> action)
    {
        try
        {
            using var connection = Open(path);
            EnsureSchema(connection, path);
            return action(connection);
        }
        catch (SqliteException e)
        {
            throw Translate(path, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HistoryException(path, $"Job history '{path}' cannot be opened: {e.Message}. Check the folder exists and is writable, or use --history PATH.", e);
        }
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return (T)Convert.ChangeType(command.ExecuteScalar() ?? 0L, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static HistoryException Translate(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        26 or 11 => new HistoryException(path,
            $"Job history '{path}' is damaged or not an SQLite database ({e.Message}). Move it aside (earlier runs stay in that file) and run again to start a new history, or point --history / NESTING_HISTORY elsewhere.", e),
        5 or 6 => new HistoryException(path,
            $"Job history '{path}' stayed locked by another process for more than {BusyTimeoutMs / 1000} s. Run again when the other nest run has finished.", e),
        8 or 14 or 23 => new HistoryException(path,
            $"Job history '{path}' cannot be written ({e.Message}). Check the file and folder permissions, or use --history PATH.", e),
        _ => new HistoryException(path, $"Job history '{path}' failed: {e.Message}", e),
    };
}
