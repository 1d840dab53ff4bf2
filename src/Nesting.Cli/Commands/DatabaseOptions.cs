using System.CommandLine;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>
/// The database flags shared by run, report, history and stock: <c>--db</c> (an SQLite file or a PostgreSQL
/// connection string) and <c>--history</c> (the SQLite file, as before the inventory existed).
/// </summary>
internal sealed class DatabaseOptions
{
    public DatabaseOptions(bool recursive = false)
    {
        Db.Recursive = recursive;
        History.Recursive = recursive;
    }

    public Option<string?> Db { get; } = CliOptions.Text("--db", "PATH|\"Host=...\"",
        "job history and stock inventory: an SQLite file or a PostgreSQL connection string (default: $NESTING_DB, else the history file)");

    public Option<string?> History { get; } = CliOptions.Text("--history", "PATH", "job history SQLite file, same as --db PATH (default: $NESTING_HISTORY or the user's data folder)");

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(Db);
        command.Add(History);
    }

    /// <summary>The database to use: --db, else $NESTING_DB (unless --history is given), else the history file.</summary>
    public string Target(ParseResult parse) => StockStore.Resolve(parse.GetValue(Db), parse.GetValue(History));
}
