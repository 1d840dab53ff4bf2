namespace Nesting.Reporting.Tests;

public sealed class FactorTableTests
{
    [Theory]
    [InlineData("carbon_steel", "S235", 7850, 2.21, 2.42, "BF-BOF")]
    [InlineData("carbon_steel", "EAF", 7850, 0.94, 0.82, "EAF")]
    [InlineData("steel_carbon", "", 7850, 2.21, 2.42, "BF-BOF")]
    [InlineData("stainless_steel", "316", 8000, 2.8, null, "mix")]
    [InlineData("stainless_steel", "304", 7900, 2.8, null, "mix")]
    [InlineData("aluminium", "5754", 2700, 6.8, 5.6, "primary")]
    [InlineData("aluminium", "world", 2700, 15.1, 5.6, "primary")]
    [InlineData("aluminium", "recycled", 2700, 0.5, 0.0, "recycled")]
    [InlineData("copper", "Cu-ETP", 8940, 1.45, 179.0, "primary")]
    public void Default_table_holds_the_research_note_defaults(string family, string grade, double density, double ef, double? raw, string route)
    {
        var row = FactorTable.Default.Find(family, grade)!;
        Assert.Equal(density, row.DensityKgM3);
        Assert.Equal(ef, row.EmissionFactor);
        Assert.Equal(raw, row.RawMaterialFactor);
        Assert.Equal(route, row.Route);
        Assert.True(row.EmissionFactorLow <= ef && ef <= row.EmissionFactorHigh);
        Assert.False(string.IsNullOrWhiteSpace(row.EmissionSource));
        Assert.NotNull(row.EmissionYear);
    }

    [Fact]
    public void Titanium_has_a_density_but_no_emission_factor()
    {
        var row = FactorTable.Default.Find("titanium", "Ti-6Al-4V")!;
        Assert.Equal(4500, row.DensityKgM3);
        Assert.False(row.HasEmissionFactor);
        Assert.Null(row.EmissionFactorLow);
    }

    [Fact]
    public void Unknown_family_has_no_row_and_the_version_is_set()
    {
        Assert.Null(FactorTable.Default.Find("unobtainium", "x"));
        Assert.StartsWith("nesting-factors-v0", FactorTable.Default.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_replace_rows_and_record_both_versions()
    {
        var user = FactorTable.Parse("""
            { "version": "site-2026", "materials": [
              { "family": "titanium", "grade": "*", "density_kg_m3": 4430, "ef_kgco2e_per_kg": 30, "ef_low": 25, "ef_high": 36, "ef_source": "supplier EPD 123" } ] }
            """, "user.json");
        var merged = FactorTable.Default.WithOverrides(user);
        Assert.Equal(30, merged.Find("titanium", "")!.EmissionFactor);
        Assert.Equal(2.21, merged.Find("carbon_steel", "")!.EmissionFactor);
        Assert.Equal($"{FactorTable.Default.Version}+site-2026", merged.Version);
    }

    [Fact]
    public void Load_reads_a_file_and_names_file_and_field_in_errors()
    {
        var dir = Directory.CreateTempSubdirectory("factors");
        try
        {
            var path = Path.Combine(dir.FullName, "factors.json");
            File.WriteAllText(path, """{ "version": "v", "materials": [ { "family": "x", "density_kg_m3": 1000 } ] }""");
            Assert.Equal(1000, FactorTable.Load(path).Find("x", null)!.DensityKgM3);

            File.WriteAllText(path, """{ "version": "v", "materials": [ { "family": "x", "density_kg_m3": -3 } ] }""");
            var negative = Assert.Throws<ReportInputException>(() => FactorTable.Load(path));
            Assert.Contains(path, negative.Message, StringComparison.Ordinal);
            Assert.Contains("materials[0].density_kg_m3", negative.Message, StringComparison.Ordinal);

            File.WriteAllText(path, """{ "version": "v", "materials": [ { "family": "x", "density_kg_m3": 1, "ef_kgco2e_per_kg": 2 } ] }""");
            Assert.Contains("ef_low/ef_high", Assert.Throws<ReportInputException>(() => FactorTable.Load(path)).Message, StringComparison.Ordinal);

            File.WriteAllText(path, """{ "version": "v", "materials": [ { "family": "x", "density_kg_m3": 1, "ef_kgco2e_per_kg": 2, "ef_low": 1, "ef_high": 3 } ] }""");
            Assert.Contains("ef_source", Assert.Throws<ReportInputException>(() => FactorTable.Load(path)).Message, StringComparison.Ordinal);

            File.WriteAllText(path, "{ not json");
            Assert.Contains("not valid JSON", Assert.Throws<ReportInputException>(() => FactorTable.Load(path)).Message, StringComparison.Ordinal);

            var missing = Assert.Throws<ReportInputException>(() => FactorTable.Load(Path.Combine(dir.FullName, "absent.json")));
            Assert.Contains("absent.json", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
