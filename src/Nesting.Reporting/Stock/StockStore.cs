using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;

namespace Nesting.Reporting;

/// <summary>
/// The plate and remnant inventory of a shop, in the same database as the job history: the history's SQLite file by
/// default, or a PostgreSQL database shared by several stations. Every write is one transaction; a commit either
/// applies completely or not at all (a killed process leaves the inventory as it was). Each call opens its own
/// connection, so an instance only holds the target and is safe to share between threads.
/// </summary>
public sealed class StockStore
{
    /// <summary>Environment variable naming the database (a file path or a PostgreSQL connection string).</summary>
    public const string EnvironmentVariable = "NESTING_DB";

    /// <summary>Two thicknesses closer than this (mm) are the same stock.</summary>
    private const double ThicknessTolerance = 1e-6;

    /// <summary>The 32 letters of remnant ids: Crockford's base 32 (no I, L, O, U), easy to read off a plate.</summary>
    private const string IdAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private readonly DatabaseBackend _backend;

    private StockStore(DatabaseBackend backend) => _backend = backend;

    /// <summary>How messages name the database: the SQLite file, or PostgreSQL host:port/database.</summary>
    public string Database => _backend.Name;

    /// <summary>True for a PostgreSQL database.</summary>
    public bool IsPostgres => _backend.IsPostgres;

    /// <summary>True when <paramref name="db"/> is a PostgreSQL connection string (it holds <c>Host=</c>) rather than a file path.</summary>
    public static bool IsConnectionString(string db) => db.Contains("host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The database to use: <paramref name="db"/> when given, else <c>NESTING_DB</c>, else the job history file
    /// (<paramref name="historyPath"/>, <c>NESTING_HISTORY</c>, the default).
    /// </summary>
    public static string Resolve(string? db = null, string? historyPath = null) =>
        !string.IsNullOrWhiteSpace(db) ? db
        : string.IsNullOrWhiteSpace(historyPath) && Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv ? fromEnv
        : JobHistory.ResolvePath(historyPath);

    /// <summary>Opens the inventory at <see cref="Resolve"/>, creating or upgrading the schema; throws <see cref="StockException"/> or <see cref="HistoryException"/> when it cannot be used.</summary>
    public static StockStore Open(string? db = null, string? historyPath = null)
    {
        var store = new StockStore(DatabaseBackend.For(Resolve(db, historyPath)));
        store._backend.Use(_ => 0);
        return store;
    }

    /// <summary>A new remnant id: <c>R-</c> and 6 random letters of Crockford's base 32 (10⁹ ids; a clash is refused by the database).</summary>
    public static string NewRemnantId()
    {
        Span<byte> bytes = stackalloc byte[6];
        RandomNumberGenerator.Fill(bytes);
        return "R-" + string.Concat(bytes.ToArray().Select(b => IdAlphabet[b % 32]));
    }

    /// <summary>Adds a pile of <paramref name="sheet"/>.Quantity full sheets (its id is assigned) and returns it with its id.</summary>
    public StockSheet AddSheets(StockSheet sheet)
    {
        ValidateSheet(sheet);
        return _backend.Use(connection =>
        {
            using var transaction = connection.BeginTransaction();
            var id = InsertSheet(connection, transaction, sheet);
            transaction.Commit();
            return sheet with { Id = $"S{id}" };
        });
    }

    /// <summary>Adds a remnant (a new id when <paramref name="remnant"/>.Id is empty) and returns it.</summary>
    public StockRemnant AddRemnant(StockRemnant remnant)
    {
        remnant = string.IsNullOrEmpty(remnant.Id) ? remnant with { Id = NewRemnantId() } : remnant with { Id = remnant.Id.ToUpperInvariant() };
        ValidateRemnant(remnant);
        return _backend.Use(connection =>
        {
            using var transaction = connection.BeginTransaction();
            InsertRemnant(connection, transaction, remnant);
            transaction.Commit();
            return remnant;
        });
    }

    /// <summary>Sheet piles with sheets left, of one material when given, in id order.</summary>
    public IReadOnlyList<StockSheet> Sheets(string? family = null, double? thicknessMm = null) => _backend.Use(connection =>
    {
        using var command = Command(connection, null, "SELECT id, family, grade, thickness_mm, width_mm, height_mm, quantity, location, cost_per_kg FROM stock_sheets WHERE quantity > 0"
            + MaterialFilter(family, thicknessMm) + " ORDER BY id;", MaterialParameters(family, thicknessMm));
        using var reader = command.ExecuteReader();
        var sheets = new List<StockSheet>();
        while (reader.Read())
        {
            sheets.Add(new StockSheet($"S{Convert.ToInt64(reader[0], CultureInfo.InvariantCulture)}", reader.GetString(1), reader.GetString(2), Number(reader[3]),
                Number(reader[4]), Number(reader[5]), Convert.ToInt32(reader[6], CultureInfo.InvariantCulture))
            {
                Location = reader.IsDBNull(7) ? null : reader.GetString(7),
                CostPerKg = reader.IsDBNull(8) ? null : Number(reader[8]),
            });
        }
        return (IReadOnlyList<StockSheet>)sheets;
    });

    /// <summary>Remnants not consumed, of one material when given, oldest first.</summary>
    public IReadOnlyList<StockRemnant> Remnants(string? family = null, double? thicknessMm = null) => _backend.Use(connection =>
    {
        using var command = Command(connection, null, "SELECT code, family, grade, thickness_mm, outline, origin_job, origin_plate, location, created_utc FROM stock_remnants WHERE consumed_by IS NULL"
            + MaterialFilter(family, thicknessMm) + " ORDER BY created_utc, code;", MaterialParameters(family, thicknessMm));
        using var reader = command.ExecuteReader();
        var remnants = new List<StockRemnant>();
        while (reader.Read())
        {
            remnants.Add(new StockRemnant(reader.GetString(0), reader.GetString(1), reader.GetString(2), Number(reader[3]), OutlineJson.Read(reader.GetString(4)))
            {
                OriginJob = reader.IsDBNull(5) ? null : reader.GetString(5),
                OriginPlate = reader.IsDBNull(6) ? null : Convert.ToInt32(reader[6], CultureInfo.InvariantCulture),
                Location = reader.IsDBNull(7) ? null : reader.GetString(7),
                CreatedUtc = DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            });
        }
        return (IReadOnlyList<StockRemnant>)remnants;
    });

    /// <summary>
    /// Takes item <paramref name="id"/> out of the inventory: a sheet pile is deleted, a remnant marked removed by
    /// hand (kept for the record). Throws <see cref="StockException"/> for an unknown or already consumed id.
    /// </summary>
    public void Remove(string id)
    {
        id = id.Trim().ToUpperInvariant();
        _backend.Use(connection =>
        {
            using var transaction = connection.BeginTransaction();
            var changed = SheetNumber(id) is { } row
                ? Execute(connection, transaction, "DELETE FROM stock_sheets WHERE id = @id;", ("id", row))
                : Execute(connection, transaction, "UPDATE stock_remnants SET consumed_by = @by, consumed_utc = @at WHERE code = @id AND consumed_by IS NULL;",
                    ("by", StockSchema.RemovedByHand), ("at", Time(DateTimeOffset.UtcNow)), ("id", id));
            if (changed == 0)
            {
                throw new StockException($"no item \"{id}\" in the inventory {Database}{ConsumerOf(connection, transaction, id)}; `nest stock list` shows the ids (S12 for a sheet pile, R-XXXXXX for a remnant).");
            }
            transaction.Commit();
            return 0;
        });
    }

    /// <summary>
    /// Applies <paramref name="request"/> in one transaction: records the run (refused when already committed),
    /// consumes each remnant still free (refused, naming it, when another commit took it), takes the sheets from their
    /// piles (refused when a pile has too few), and adds the new remnants. On any refusal nothing changes.
    /// </summary>
    public StockCommitRecord Commit(StockCommitRequest request)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var created in request.Created)
        {
            ValidateRemnant(created);
        }
        return _backend.Use(connection =>
        {
            using var transaction = connection.BeginTransaction();
            var sheets = request.Sheets.Select(s => (Sheet: SheetById(connection, transaction, s.Key), Count: s.Value)).ToArray();
            var remnantAreaUsed = 0.0;
            foreach (var id in request.Remnants)
            {
                remnantAreaUsed += RemnantAreaToConsume(connection, transaction, id, request);
            }
            foreach (var (sheet, _) in sheets)
            {
                RequireSameMaterial(sheet.Id, sheet.Family, sheet.ThicknessMm, request);
            }
            var record = new StockCommitRecord(request.RunId, request.JobName, now, request.Family, request.ThicknessMm,
                sheets.Sum(s => s.Count), sheets.Sum(s => s.Count * s.Sheet.AreaM2), request.Remnants.Count, remnantAreaUsed,
                request.Created.Count, request.Created.Sum(r => r.AreaM2));
            try
            {
                // First, so that a second commit of the same run waits on the key and is refused, before touching stock.
                Execute(connection, transaction, """
                    INSERT INTO stock_commits (run_id, job, committed_utc, family, thickness_mm, sheets_used, sheet_area_m2, remnants_used, remnant_area_used_m2, remnants_created, remnant_area_created_m2)
                    VALUES (@run, @job, @at, @family, @t, @su, @sa, @ru, @ra, @rc, @rca);
                    """, ("run", record.RunId), ("job", record.JobName), ("at", Time(now)), ("family", record.Family), ("t", record.ThicknessMm),
                    ("su", record.SheetsUsed), ("sa", record.SheetAreaM2), ("ru", record.RemnantsUsed), ("ra", record.RemnantAreaUsedM2),
                    ("rc", record.RemnantsCreated), ("rca", record.RemnantAreaCreatedM2));
            }
            catch (DbException e) when (_backend.IsUniqueViolation(e))
            {
                throw new StockException($"run {request.RunId} of job \"{request.JobName}\" is already committed to {Database}; nothing was changed.", e);
            }
            foreach (var id in request.Remnants)
            {
                var taken = Execute(connection, transaction, "UPDATE stock_remnants SET consumed_by = @run, consumed_utc = @at WHERE code = @id AND consumed_by IS NULL;",
                    ("run", request.RunId), ("at", Time(now)), ("id", id));
                if (taken == 0)
                {
                    throw new StockException($"remnant {id} was consumed in the meantime{ConsumerOf(connection, transaction, id)}; this result cannot be cut as nested. Run the job again with --stock; nothing was changed.");
                }
            }
            foreach (var (sheet, count) in sheets)
            {
                var taken = Execute(connection, transaction, "UPDATE stock_sheets SET quantity = quantity - @n WHERE id = @id AND quantity >= @n;",
                    ("n", count), ("id", SheetNumber(sheet.Id)!.Value));
                if (taken == 0)
                {
                    throw new StockException($"sheet pile {sheet.Id} ({sheet.WidthMm:0}x{sheet.HeightMm:0}) has fewer than the {count} sheet(s) this result cuts; add sheets with `nest stock add` or run the job again with --stock; nothing was changed.");
                }
            }
            foreach (var created in request.Created)
            {
                try
                {
                    InsertRemnant(connection, transaction, created);
                }
                catch (DbException e) when (_backend.IsUniqueViolation(e))
                {
                    throw new StockException($"new remnant id {created.Id} is already in the inventory; run the job again with --stock (it draws a new id); nothing was changed.", e);
                }
            }
            transaction.Commit();
            return record;
        });
    }

    /// <summary>The committed runs between two dates (inclusive UTC dates, open when null), oldest first.</summary>
    public IReadOnlyList<StockCommitRecord> Commits(DateOnly? from = null, DateOnly? to = null) => _backend.Use(connection =>
    {
        using var command = Command(connection, null, """
            SELECT run_id, job, committed_utc, family, thickness_mm, sheets_used, sheet_area_m2, remnants_used, remnant_area_used_m2, remnants_created, remnant_area_created_m2
            FROM stock_commits WHERE committed_utc >= @from AND committed_utc < @to ORDER BY committed_utc, run_id;
            """, ("from", from is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""),
            ("to", to is { } t ? t.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "9999"));
        using var reader = command.ExecuteReader();
        var records = new List<StockCommitRecord>();
        while (reader.Read())
        {
            records.Add(new StockCommitRecord(reader.GetString(0), reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), reader.GetString(3), Number(reader[4]),
                Convert.ToInt32(reader[5], CultureInfo.InvariantCulture), Number(reader[6]), Convert.ToInt32(reader[7], CultureInfo.InvariantCulture), Number(reader[8]),
                Convert.ToInt32(reader[9], CultureInfo.InvariantCulture), Number(reader[10])));
        }
        return (IReadOnlyList<StockCommitRecord>)records;
    });

    /// <summary>Adds every sheet pile and remnant of an import in one transaction: all of them or, on any error, none.</summary>
    public int AddAll(IReadOnlyList<StockSheet> sheets, IReadOnlyList<StockRemnant> remnants)
    {
        foreach (var sheet in sheets)
        {
            ValidateSheet(sheet);
        }
        foreach (var remnant in remnants)
        {
            ValidateRemnant(remnant);
        }
        return _backend.Use(connection =>
        {
            using var transaction = connection.BeginTransaction();
            foreach (var sheet in sheets)
            {
                InsertSheet(connection, transaction, sheet);
            }
            foreach (var remnant in remnants)
            {
                try
                {
                    InsertRemnant(connection, transaction, remnant);
                }
                catch (DbException e) when (_backend.IsUniqueViolation(e))
                {
                    throw new StockException($"remnant {remnant.Id} is already in the inventory {Database}; remove that line or the remnant first; nothing was imported.", e);
                }
            }
            transaction.Commit();
            return sheets.Count + remnants.Count;
        });
    }

    private static void RequireSameMaterial(string id, string family, double thicknessMm, StockCommitRequest request)
    {
        if (!string.Equals(family, request.Family, StringComparison.OrdinalIgnoreCase) || Math.Abs(thicknessMm - request.ThicknessMm) > ThicknessTolerance)
        {
            throw new StockException($"{id} is {family} {thicknessMm.ToString(CultureInfo.InvariantCulture)} mm but job \"{request.JobName}\" is {request.Family} {request.ThicknessMm.ToString(CultureInfo.InvariantCulture)} mm; the result does not match this inventory, nothing was changed.");
        }
    }

    private double RemnantAreaToConsume(DbConnection connection, DbTransaction transaction, string id, StockCommitRequest request)
    {
        using var command = Command(connection, transaction, "SELECT family, thickness_mm, area_mm2 FROM stock_remnants WHERE code = @id;", ("id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new StockException($"remnant {id} used by the result is not in the inventory {Database}; was the job run with --stock against another database? Nothing was changed.");
        }
        var (family, thickness, area) = (reader.GetString(0), Number(reader[1]), Number(reader[2]));
        RequireSameMaterial($"remnant {id}", family, thickness, request);
        return area / 1e6;
    }

    private StockSheet SheetById(DbConnection connection, DbTransaction transaction, string id)
    {
        var row = SheetNumber(id) ?? throw new StockException($"\"{id}\" is not a sheet pile id (S followed by a number); nothing was changed.");
        using var command = Command(connection, transaction, "SELECT family, grade, thickness_mm, width_mm, height_mm, quantity FROM stock_sheets WHERE id = @id;", ("id", row));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StockSheet(id, reader.GetString(0), reader.GetString(1), Number(reader[2]), Number(reader[3]), Number(reader[4]), Convert.ToInt32(reader[5], CultureInfo.InvariantCulture))
            : throw new StockException($"sheet pile {id} used by the result is not in the inventory {Database} (removed since the run?); run the job again with --stock; nothing was changed.");
    }

    private static string ConsumerOf(DbConnection connection, DbTransaction transaction, string id)
    {
        using var command = Command(connection, transaction,
            "SELECT r.consumed_by, r.consumed_utc, c.job FROM stock_remnants r LEFT JOIN stock_commits c ON c.run_id = r.consumed_by WHERE r.code = @id AND r.consumed_by IS NOT NULL;", ("id", id));
        using var reader = command.ExecuteReader();
        return !reader.Read() ? ""
            : reader.GetString(0) == StockSchema.RemovedByHand ? $" (it was removed by hand at {reader.GetString(1)})"
            : $" (consumed by run {reader.GetString(0)} of job \"{(reader.IsDBNull(2) ? "?" : reader.GetString(2))}\" at {reader.GetString(1)})";
    }

    private static long InsertSheet(DbConnection connection, DbTransaction transaction, StockSheet sheet)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO stock_sheets (family, grade, thickness_mm, width_mm, height_mm, quantity, location, cost_per_kg, added_utc)
            VALUES (@family, @grade, @t, @w, @h, @q, @loc, @cost, @at) RETURNING id;
            """, ("family", sheet.Family), ("grade", sheet.Grade), ("t", sheet.ThicknessMm), ("w", sheet.WidthMm), ("h", sheet.HeightMm), ("q", sheet.Quantity),
            ("loc", sheet.Location), ("cost", sheet.CostPerKg), ("at", Time(DateTimeOffset.UtcNow)));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void InsertRemnant(DbConnection connection, DbTransaction transaction, StockRemnant remnant)
    {
        var bounds = remnant.Outline.Bounds;
        Execute(connection, transaction, """
            INSERT INTO stock_remnants (code, family, grade, thickness_mm, outline, area_mm2, width_mm, height_mm, origin_job, origin_plate, location, created_utc)
            VALUES (@code, @family, @grade, @t, @outline, @area, @w, @h, @job, @plate, @loc, @at);
            """, ("code", remnant.Id), ("family", remnant.Family), ("grade", remnant.Grade), ("t", remnant.ThicknessMm), ("outline", OutlineJson.Write(remnant.Outline)),
            ("area", remnant.Outline.Area), ("w", bounds.Width), ("h", bounds.Height), ("job", remnant.OriginJob), ("plate", remnant.OriginPlate),
            ("loc", remnant.Location), ("at", Time(remnant.CreatedUtc)));
    }

    private static void ValidateSheet(StockSheet sheet)
    {
        if (string.IsNullOrWhiteSpace(sheet.Family) || !(sheet.ThicknessMm > 0) || !(sheet.WidthMm > 0) || !(sheet.HeightMm > 0) || sheet.Quantity < 1)
        {
            throw new StockException($"a sheet pile needs a material family, a thickness, a width and a height above 0 and a quantity of at least 1 (got {sheet.Family} {sheet.ThicknessMm} mm {sheet.WidthMm}x{sheet.HeightMm} x{sheet.Quantity}).");
        }
    }

    private static void ValidateRemnant(StockRemnant remnant)
    {
        if (string.IsNullOrWhiteSpace(remnant.Family) || !(remnant.ThicknessMm > 0) || !(remnant.Outline.Area > 0))
        {
            throw new StockException($"remnant {remnant.Id} needs a material family, a thickness above 0 and an outline with area (got {remnant.Family} {remnant.ThicknessMm} mm, {remnant.Outline.Area:0} mm²).");
        }
    }

    private static long? SheetNumber(string id) =>
        id.Length > 1 && (id[0] is 'S' or 's') && long.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;

    private static string MaterialFilter(string? family, double? thicknessMm) =>
        (family is null ? "" : " AND lower(family) = lower(@family)") + (thicknessMm is null ? "" : " AND abs(thickness_mm - @t) < @tol");

    private static (string, object?)[] MaterialParameters(string? family, double? thicknessMm) =>
        [.. family is null ? [] : new[] { ("family", (object?)family) }, .. thicknessMm is null ? [] : new[] { ("t", (object?)thicknessMm), ("tol", (object?)ThicknessTolerance) }];

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static int Execute(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static double Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
