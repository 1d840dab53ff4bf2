using System.Diagnostics;
using Npgsql;
using Xunit;

namespace Nesting.Testing;

/// <summary>
/// A PostgreSQL server for the tests that run the same store tests against the shared back end: the one named by
/// <c>NESTING_TEST_POSTGRES</c> (a connection string, set by <c>.ci/run</c>), else one this test process starts once
/// with <c>.ci/postgres</c> (Debian's postgresql package) and stops when it exits. Each test gets its own database.
/// </summary>
public static class PostgresServer
{
    /// <summary>The environment variable holding the connection string of a running server.</summary>
    public const string EnvironmentVariable = "NESTING_TEST_POSTGRES";

    private static readonly Lazy<(string? ConnectionString, string Reason)> Server = new(Start);

    /// <summary>The server's connection string, or null when none could be started (see <see cref="SkipReason"/>).</summary>
    public static string? ConnectionString => Server.Value.ConnectionString;

    /// <summary>Why the PostgreSQL tests are skipped, or null when a server runs.</summary>
    public static string? SkipReason => Server.Value.ConnectionString is null ? Server.Value.Reason : null;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string NewDatabase()
    {
        var admin = ConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = $"nesting_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static (string?, string) Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return Reachable(given) is { } error
                ? (null, $"{EnvironmentVariable} names a server that cannot be reached ({error}): PostgreSQL store tests skipped")
                : (given, "");
        }
        var script = SharedData.RepoPath(".ci", "postgres");
        if (!File.Exists(script))
        {
            return (null, $"{script} is missing: PostgreSQL store tests skipped");
        }
        try
        {
            using var start = Process.Start(new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = start.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var error = start.StandardError.ReadToEnd();
            start.WaitForExit();
            if (start.ExitCode != 0 || output.Length < 2)
            {
                return (null, $"no PostgreSQL server could be started here ({error.Trim().Split('\n').LastOrDefault()}; install Debian's postgresql or set {EnvironmentVariable}): PostgreSQL store tests skipped");
            }
            var dir = output[0];
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Process.Start("bash", [script, "stop", dir])?.WaitForExit();
            return (output[1], "");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"bash is not available ({e.Message}): PostgreSQL store tests skipped");
        }
    }

    private static string? Reachable(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            return e.Message;
        }
    }
}

/// <summary>A fact that is skipped, saying why, when no PostgreSQL server can be reached or started.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when there is no server.</summary>
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
