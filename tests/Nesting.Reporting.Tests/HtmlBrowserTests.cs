namespace Nesting.Reporting.Tests;

public sealed class HtmlBrowserTests
{
    /// <summary>Where the screenshots are kept for people to look at (beside the test binaries).</summary>
    private static string OutputDir => Path.Combine(AppContext.BaseDirectory, "chromium-report");

    [ChromiumFact]
    public async Task Report_opens_in_headless_chromium_without_errors_and_is_screenshotted()
    {
        Directory.CreateDirectory(OutputDir);
        var html = ReportWriter.Write(ReportWriterTests.DemoReport(), OutputDir, ReportFormat.Html);
        var dom = await OpenCleanly(html, "report.png");
        Assert.Contains("Material savings", dom, StringComparison.Ordinal);
        Assert.Equal(2, dom.Split("class=\"plate\"").Length - 1);
    }

    [ChromiumFact]
    public async Task History_page_opens_in_headless_chromium_without_errors_and_is_screenshotted()
    {
        var dir = Directory.CreateTempSubdirectory("history-html");
        try
        {
            var history = JobHistory.Open(Path.Combine(dir.FullName, "history.db"));
            var alu = new Engine.Material("Al 2 mm", "aluminium", "5754", 2);
            var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < 12; i++)
            {
                var solution = i % 3 == 0 ? TestSolutions.TwoPlates(alu) : TestSolutions.TwoPlates();
                var rule = i % 2 == 0 ? RemnantRule.Default : RemnantRule.Never;
                history.Record(ReportBuilder.Build(solution, new ReportSettings { Remnant = rule }), $"job-{i}", start.AddDays(9 * i));
            }
            Directory.CreateDirectory(OutputDir);
            var html = Path.Combine(OutputDir, "history.html");
            history.Export(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), HistoryExportFormat.Html, html);
            var dom = await OpenCleanly(html, "history.png");
            Assert.Contains("Utilisation over time", dom, StringComparison.Ordinal);
            Assert.Equal(12, dom.Split("<circle").Length - 1);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Screenshots the page, returns its DOM, and fails on any console error or failed load.</summary>
    private static async Task<string> OpenCleanly(string html, string screenshotName)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile");
        try
        {
            var screenshot = Path.Combine(OutputDir, screenshotName);
            File.Delete(screenshot);
            var (_, shotLog) = await Chromium.RunAsync(html, profile.FullName, $"--screenshot={screenshot}", "--window-size=1280,2200");
            Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 10_000, $"no screenshot written; chromium said:\n{shotLog}");
            var (dom, domLog) = await Chromium.RunAsync(html, profile.FullName, "--dump-dom");
            foreach (var log in new[] { shotLog, domLog })
            {
                var pageErrors = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)
                    || l.Contains("ERR_FILE_NOT_FOUND", StringComparison.Ordinal) || l.Contains("Failed to load", StringComparison.Ordinal)).ToArray();
                Assert.True(pageErrors.Length == 0, "page errors:\n" + string.Join('\n', pageErrors));
            }
            return dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
