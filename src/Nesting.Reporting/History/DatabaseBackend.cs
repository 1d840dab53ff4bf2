using System.Collections.Concurrent;
using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Nesting.Reporting;

/// <summary>
/// Where the job history and the inventory live: an SQLite file (one user or one station) or a PostgreSQL database
/// (one history and one remnant rack shared by several CAM stations). Each call opens its own connection with the schema checked, and
/// turns driver failures into <see cref="StockException"/> or <see cref="HistoryException"/> with advice.
/// </summary>
internal abstract class DatabaseBackend
{
    /// <summary>How messages name the database (a file path, or host/port/database without the password).</summary>
    public abstract string Name { get; }

    public abstract bool IsPostgres { get; }

    /// <summary>Runs <paramref name="action"/> on a fresh connection to a database with the current schema.</summary>
    public abstract T Use<T>(Func<DbConnection, T> action);

    /// <summary>True when <paramref name="e"/> is a primary key or unique constraint violation.</summary>
    public abstract bool IsUniqueViolation(DbException e);

    public static DatabaseBackend For(string target) =>
        StockStore.IsConnectionString(target) ? new PostgresBackend(target) : new SqliteBackend(target);

    private sealed class SqliteBackend(string path) : DatabaseBackend
    {
        public override string Name => path;

        public override bool IsPostgres => false;

        public override T Use<T>(Func<DbConnection, T> action) => HistoryDatabase.Use(path, c => action(c));

        public override bool IsUniqueViolation(DbException e) => e is SqliteException { SqliteErrorCode: 19 };
    }

    private sealed class PostgresBackend : DatabaseBackend
    {
        /// <summary>Databases whose schema this process has already checked (the check takes a lock and a round trip).</summary>
        private static readonly ConcurrentDictionary<string, bool> Checked = new();

        /// <summary>Arbitrary key of the advisory lock that serialises schema creation between stations.</summary>
        private const long SchemaLockKey = 0x4E455354;

        private readonly string _connectionString;

        public PostgresBackend(string connectionString)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(connectionString);
                _connectionString = builder.ConnectionString;
                Name = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
            }
            catch (ArgumentException e)
            {
                throw new StockException($"--db \"{Redact(connectionString)}\" is not a valid PostgreSQL connection string ({e.Message}). Write it as \"Host=HOST;Port=5432;Database=DB;Username=USER;Password=...\".", e);
            }
        }

        public override string Name { get; }

        public override bool IsPostgres => true;

        public override bool IsUniqueViolation(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

        public override T Use<T>(Func<DbConnection, T> action)
        {
            try
            {
                using var connection = new NpgsqlConnection(_connectionString);
                connection.Open();
                if (!Checked.ContainsKey(_connectionString))
                {
                    EnsureSchema(connection);
                    Checked[_connectionString] = true;
                }
                return action(connection);
            }
            catch (PostgresException e)
            {
                throw new StockException($"{Name} refused the operation: {e.MessageText} ({e.SqlState}). Check the database and the user's rights; nothing was changed.", e);
            }
            catch (NpgsqlException e)
            {
                throw new StockException($"{Name} cannot be reached ({(e.InnerException as SocketException)?.Message ?? e.Message}). Start the server or fix --db / NESTING_DB; nothing was changed.", e);
            }
            catch (TimeoutException e)
            {
                throw new StockException($"{Name} did not answer in time ({e.Message}). Check the server; nothing was changed.", e);
            }
        }

        private void EnsureSchema(NpgsqlConnection connection)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLockKey});");
            Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
            using var read = new NpgsqlCommand("SELECT max(version) FROM schema_version;", connection, transaction);
            var version = read.ExecuteScalar() is int v ? v : 0;
            if (version > HistoryDatabase.SchemaVersion)
            {
                throw new StockException($"{Name} has schema version {version}, written by a newer nest; this version reads up to {HistoryDatabase.SchemaVersion}. Upgrade nest on this station.");
            }
            Execute(connection, transaction, HistoryDatabase.RunsTable(postgres: true));
            Execute(connection, transaction, StockSchema.Tables(postgres: true));
            if (version < HistoryDatabase.SchemaVersion)
            {
                Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({HistoryDatabase.SchemaVersion});");
            }
            transaction.Commit();
        }

        private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
        {
            using var command = new NpgsqlCommand(sql, connection, transaction);
            command.ExecuteNonQuery();
        }

        private static string Redact(string connectionString) =>
            System.Text.RegularExpressions.Regex.Replace(connectionString, "(?i)(password|pwd)=[^;]*", "$1=***");
    }
}
