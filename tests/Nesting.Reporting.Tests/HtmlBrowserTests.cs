namespace Nesting.Reporting.Tests;

public sealed class HtmlBrowserTests
{
    /// <summary>Where the screenshot is kept for people to look at (beside the test binaries).</summary>
    private static string OutputDir => Path.Combine(AppContext.BaseDirectory, "chromium-report");

    [ChromiumFact]
    public async Task Report_opens_in_headless_chromium_without_errors_and_is_screenshotted()
    {
        Directory.CreateDirectory(OutputDir);
        var html = ReportWriter.Write(ReportWriterTests.DemoReport(), OutputDir, ReportFormat.Html);
        var profile = Directory.CreateTempSubdirectory("chromium-profile");
        try
        {
            var screenshot = Path.Combine(OutputDir, "report.png");
            File.Delete(screenshot);
            var (_, shotLog) = await Chromium.RunAsync(html, profile.FullName, $"--screenshot={screenshot}", "--window-size=1280,2200");
            Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 10_000, $"no screenshot written; chromium said:\n{shotLog}");

            var (dom, domLog) = await Chromium.RunAsync(html, profile.FullName, "--dump-dom");
            Assert.Contains("Material savings", dom, StringComparison.Ordinal);
            Assert.Equal(2, dom.Split("class=\"plate\"").Length - 1);
            foreach (var log in new[] { shotLog, domLog })
            {
                var pageErrors = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)
                    || l.Contains("ERR_FILE_NOT_FOUND", StringComparison.Ordinal) || l.Contains("Failed to load", StringComparison.Ordinal)).ToArray();
                Assert.True(pageErrors.Length == 0, "page errors:\n" + string.Join('\n', pageErrors));
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
