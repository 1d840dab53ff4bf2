using Nesting.Dxf;
using Nesting.Engine;
using Nesting.Testing;

namespace Nesting.Jobs.Tests;

/// <summary>Our nested plate DXF read by an independent reader, ezdxf (Debian's python3-ezdxf), in both versions.</summary>
public sealed class PlateDxfInteropTests : IDisposable
{
    private readonly TempDirectory _temp = new("nest-ezdxf");

    private string Dir => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [PythonModuleFact("ezdxf", "python3-ezdxf")]
    public void Ezdxf_reads_and_audits_both_versions_cleanly()
    {
        var loaded = JobLoader.Load(JobFileParser.Load(SharedData.RepoPath("sample-parts", "jobs", "small.json")));
        var plate = NestRunner.Run(loaded, new RunSettings
        {
            OutputDirectory = Dir,
            Engine = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.5), Threads = 1 },
        }).Solution.Plates[0];
        foreach (var version in new[] { DxfVersion.AC1015, DxfVersion.R12 })
        {
            var path = Path.Combine(Dir, $"plate-{version}.dxf");
            PlateDxfWriter.Write(plate, path, DxfWriteOptions.Default with { Version = version });
            var (exitCode, output) = DebianPython.Run("""
                import sys, ezdxf
                doc = ezdxf.readfile(sys.argv[1])
                auditor = doc.audit()
                msp = doc.modelspace()
                cut = sum(1 for e in msp if e.dxf.layer in ("CUT_OUTER", "CUT_INNER"))
                print(doc.dxfversion, doc.header.get("$INSUNITS"), cut, len(auditor.errors))
                """, path);
            Assert.True(exitCode == 0, output);
            var fields = output.Trim().Split(' ');
            Assert.Equal(version == DxfVersion.R12 ? "AC1009" : "AC1015", fields[0]);
            Assert.Equal("4", fields[1]);
            Assert.True(int.Parse(fields[2]) >= plate.Placements.Sum(p => p.Part.Shape.ContourCount));
            Assert.Equal("0", fields[3]);
        }
    }
}
