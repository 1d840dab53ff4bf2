using System.CommandLine;
using System.Globalization;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest stock add|add-remnant|list|remove|export|import|commit`: the sheet and remnant inventory.</summary>
internal sealed class StockCommand : NestCommand
{
    private readonly DatabaseOptions _database = new(recursive: true);
    private readonly Argument<string[]> _files = CliOptions.Files("ARG", "the remnant DXF, the item id, the CSV file or the result.json");
    private readonly Option<string?> _material = CliOptions.Text("--material", "FAMILY", "material family as in the factor table (carbon_steel, stainless_steel, aluminium, ...)");
    private readonly Option<string?> _grade = CliOptions.Text("--grade", "G", "grade (e.g. S235, 304, 5754)");
    private readonly Option<double?> _thickness = CliOptions.Number("--thickness", "MM", "thickness in mm", 0, exclusiveMin: true);
    private readonly Option<(double W, double H)?> _size = CliOptions.Parsed<(double, double)?>("--size", "WxH", "sheet size in mm", ParseSize);
    private readonly Option<int?> _qty = CliOptions.Integer("--qty", "N", "sheets on the pile (default 1)", 1);
    private readonly Option<string?> _location = CliOptions.Text("--location", "TEXT", "where it is stored (rack, bay)");
    private readonly Option<double?> _cost = CliOptions.Number("--cost-per-kg", "X", "purchase cost per kg", 0);
    private readonly Option<bool> _json = CliOptions.Flag("--json", "print the inventory as JSON");
    private readonly Option<bool> _markdown = CliOptions.Flag("--markdown", "print a markdown table");
    private readonly Option<string?> _format = CliOptions.Parsed<string?>("--format", "csv|json", "export format",
        text => text.ToLowerInvariant() is "csv" or "json" ? (text.ToLowerInvariant(), null) : (null, $"--format expects csv or json, got \"{text}\""), "csv", "json");
    private readonly Option<string?> _out = CliOptions.Text("--out", "FILE", "file to write");

    public StockCommand()
        : base("stock", "the sheet and remnant inventory jobs draw from (nest run --stock) and give back to (commit)", """
            Full sheets and remnants live in the job history's database (--db PATH or a PostgreSQL connection string
            "Host=...;Database=..."; default $NESTING_DB, else the history file). A sheet pile's id is S and a number,
            a remnant's R- and six letters (marked on the plate DXF that creates it).
              nest stock add --material carbon_steel --grade S235 --thickness 3 --size 3000x1500 --qty 10
              nest stock add-remnant offcut.dxf --material carbon_steel --thickness 3
              nest stock commit out/job/result.json      when the nest is released for cutting
            commit consumes the sheets and remnants the result used and adds the remnant it leaves, in one
            transaction; a remnant another commit took meanwhile is refused by name, and nothing changes.
            See docs/INVENTORY.md.
            """)
    {
        _database.AddTo(Definition);
        Add(new Command("add", "add a pile of full sheets") { _material, _grade, _thickness, _size, _qty, _location, _cost });
        Add(new Command("add-remnant", "add a remnant drawn in a DXF file (largest closed contour; its holes are forbidden)") { _files, _material, _grade, _thickness, _location });
        Add(new Command("list", "list the sheets and remnants in stock") { _json, _markdown, _material, _thickness });
        Add(new Command("remove", "take a sheet pile or a remnant out of the inventory") { _files });
        Add(new Command("export", "write the inventory to a file") { _format, _out });
        Add(new Command("import", "add the sheets and remnants of a CSV file (as export writes it), all or none") { _files });
        Add(new Command("commit", "release a nest for cutting: consume what it used, add the remnant it leaves") { _files });
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var action = parse.CommandResult.Command.Name;
        var files = parse.GetValue(_files);
        var store = StockStore.Open(_database.Target(parse));
        switch (action)
        {
            case "add":
                var (w, h) = parse.GetValue(_size) ?? throw new UsageException("add needs --size WxH in mm (e.g. 3000x1500)");
                var pile = store.AddSheets(new StockSheet("", Material(parse), parse.GetValue(_grade) ?? "", Thickness(parse), w, h, parse.GetValue(_qty) ?? 1)
                {
                    Location = parse.GetValue(_location),
                    CostPerKg = parse.GetValue(_cost),
                });
                context.Out.WriteLine($"added {pile.Id}: {pile.Quantity} x {N(w)} x {N(h)} mm {pile.Family} {N(pile.ThicknessMm)} mm to {store.Database}");
                return ExitCodes.Ok;
            case "add-remnant":
                var (read, warnings) = RemnantDxf.Read(Single(files, "add-remnant needs one DXF file"), Material(parse), parse.GetValue(_grade) ?? "", Thickness(parse));
                foreach (var warning in warnings)
                {
                    context.Error.WriteLine($"warning: {warning}");
                }
                var remnant = store.AddRemnant(read with { Location = parse.GetValue(_location) });
                context.Out.WriteLine($"added {remnant.Id}: {remnant.AreaM2:0.000} m² ({N(remnant.Outline.Bounds.Width)} x {N(remnant.Outline.Bounds.Height)} mm bounds, {remnant.Outline.Holes.Count} hole(s)) to {store.Database}; mark it {remnant.Id}");
                return ExitCodes.Ok;
            case "list":
                var family = parse.GetValue(_material);
                var thickness = parse.GetValue(_thickness);
                var (sheets, remnants) = (store.Sheets(family, thickness), store.Remnants(family, thickness));
                context.Out.Write(parse.GetValue(_json) ? StockText.Json(sheets, remnants) + "\n" : StockText.List(sheets, remnants, parse.GetValue(_markdown)));
                return ExitCodes.Ok;
            case "remove":
                var id = Single(files, "remove needs one id (S12 or R-XXXXXX; see `nest stock list`)");
                store.Remove(id);
                context.Out.WriteLine($"removed {id.ToUpperInvariant()} from {store.Database}");
                return ExitCodes.Ok;
            case "export":
                var format = parse.GetValue(_format) ?? throw new UsageException("export needs --format csv or json");
                var output = parse.GetValue(_out) ?? throw new UsageException("export needs --out FILE");
                StockExport.Write(store, format, output);
                context.Out.WriteLine($"wrote {output}");
                return ExitCodes.Ok;
            case "import":
                var path = Single(files, "import needs one CSV file");
                var (newSheets, newRemnants) = StockImport.Read(path);
                store.AddAll(newSheets, newRemnants);
                context.Out.WriteLine($"imported {newSheets.Count} sheet pile(s) and {newRemnants.Count} remnant(s) from {path} into {store.Database}");
                return ExitCodes.Ok;
            default:
                var result = Single(files, "commit needs one result.json (written by nest run --stock)");
                var record = StockCommitter.Commit(store, result);
                var created = StockManifest.Read(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(result))!, StockManifest.FileName)).Cuts;
                context.Out.WriteLine($"committed job \"{record.JobName}\" to {store.Database}: {record.SheetsUsed} sheet(s) and {record.RemnantsUsed} remnant(s) consumed, {record.RemnantsCreated} remnant(s) added"
                    + string.Concat(created.Select(c => $"\n  {c.Remnant.Id}: {c.Remnant.AreaM2:0.000} m² from plate {c.PlateIndex} (marked on plate-{c.PlateIndex:000}.dxf)")));
                return ExitCodes.Ok;
        }
    }

    private string Material(ParseResult parse) =>
        parse.GetValue(_material) ?? throw new UsageException("give the material family with --material (e.g. carbon_steel)");

    private double Thickness(ParseResult parse) =>
        parse.GetValue(_thickness) ?? throw new UsageException("give the thickness in mm with --thickness");

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static ((double, double)?, string?) ParseSize(string text)
    {
        var sides = text.Split('x', 'X');
        return sides.Length == 2
            && double.TryParse(sides[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(sides[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && w > 0 && h > 0 && double.IsFinite(w) && double.IsFinite(h)
            ? ((w, h), null)
            : (null, $"--size expects a positive size WxH in mm (e.g. 3000x1500), got \"{text}\"");
    }
}
