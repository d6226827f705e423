using System.Text;
using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;
using SendSite.Tools.Import;

namespace SendSite.Tests.Building;

/// <summary>
/// Files written on Windows: a byte-order mark and CRLF line endings are welcome and change nothing that is
/// published or any position in a message; text that is not UTF-8 (Windows-1252 from Word) is refused at the
/// first bad byte, for every kind of file, and nothing is published garbled.
/// </summary>
public sealed class WindowsFilesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private const string PlanPath = "input/plans/southmere/2024-05-20-priority-action-plan.md";
    private readonly TempFolder folder = new();
    private readonly string input;

    public WindowsFilesTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private Task<BuildResult> Build(string output) =>
        SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), Now) { RunGate = false }, TextWriter.Null);

    private void WriteWindows(string relative, string text) =>
        File.WriteAllBytes(folder.Combine(relative), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))]);

    private void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(relative))!);
        File.WriteAllBytes(folder.Combine(relative), bytes);
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);

    [Fact]
    public async Task Files_with_a_byte_order_mark_and_CRLF_build_byte_for_byte_like_their_LF_twins()
    {
        var plan = SampleInput.SouthmerePlan.Replace("We will reduce waiting times.", "We will reduce “waiting” times – by March.\n\n- one\n- two");
        folder.Write(PlanPath, plan);
        var lf = await Build("lf");
        Assert.True(lf.Success, lf.Failure + string.Join("\n", lf.Diagnostics));

        WriteWindows(PlanPath, plan);
        WriteWindows("input/reports/southmere/2024-01-15-full-inspection.md", SampleInput.SouthmereReport);
        WriteWindows("input/areas.yml", SampleInput.AreasYml);
        WriteWindows("input/site.yml", SampleInput.SiteYml);
        WriteWindows("input/pages/about.md", SampleInput.AboutPage);
        var crlf = await Build("crlf");
        Assert.True(crlf.Success, crlf.Failure + string.Join("\n", crlf.Diagnostics));

        var expected = Files(folder.Combine("lf"));
        var actual = Files(folder.Combine("crlf"));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs between the LF and the BOM+CRLF build");
        }
        Assert.Contains("We will reduce “waiting” times – by March.", File.ReadAllText(folder.Combine("crlf", "areas/southmere/plans/2024-05-20-priority-action-plan/index.html")));
    }

    [Fact]
    public void Positions_in_YAML_and_Markdown_are_the_same_with_a_byte_order_mark_and_CRLF()
    {
        var broken = SampleInput.SouthmerePlan
            .Replace("status: approved", "status: aproved")
            .Replace("We will reduce waiting times.", "We will reduce <b>waiting</b> times.");
        folder.Write(PlanPath, broken);
        var lf = Problems(PlanPath);
        WriteWindows(PlanPath, broken);
        var crlf = Problems(PlanPath);

        Assert.Contains(lf, d => d.Code == DiagnosticCodes.NotAllowedValue && d.Location.Line == 8 && d.Location.Column == 9);
        Assert.Equal(lf.Select(d => d.ToString()), crlf.Select(d => d.ToString()));

        folder.Write(PlanPath, SampleInput.SouthmerePlan.Replace("We will reduce waiting times.", "We will reduce <b>waiting</b> times."));
        var bodyLf = Problems(PlanPath);
        WriteWindows(PlanPath, SampleInput.SouthmerePlan.Replace("We will reduce waiting times.", "We will reduce <b>waiting</b> times."));
        var bodyCrlf = Problems(PlanPath);
        Assert.Contains(bodyLf, d => d.Code == DiagnosticCodes.RawHtml && d.Location.Line == 12 && d.Location.Column == 16);
        Assert.Equal(bodyLf.Select(d => d.ToString()), bodyCrlf.Select(d => d.ToString()));
    }

    private List<Diagnostic> Problems(string relative)
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        var file = relative["input/".Length..];
        return [.. diagnostics.Sorted.Where(d => d.Location.File == file)];
    }

    [Theory]
    [InlineData(PlanPath, "We will reduce waiting times.", 12, 4)]
    [InlineData("input/reports/southmere/2024-01-15-full-inspection.md", "Southmere is a made-up place.", 19, 11)]
    [InlineData("input/pages/about.md", "A test publisher.", 8, 3)]
    [InlineData("input/areas.yml", "name: Northby", 3, 11)]
    [InlineData("input/site.yml", "publisher: Test publisher", 3, 12)]
    public async Task A_file_in_Windows_1252_is_refused_at_its_first_bad_byte_and_nothing_is_published(string relative, string line, int expectedLine, int expectedColumn)
    {
        // The opening curly quote as Word saves it in Windows-1252, just after the line's first space.
        var text = File.ReadAllText(folder.Combine(relative));
        var at = text.IndexOf(line, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{line} is not in {relative}");
        var split = at + line.IndexOf(' ', StringComparison.Ordinal) + 1;
        WriteBytes(relative, [.. Encoding.UTF8.GetBytes(text[..split]), 0x93, .. Encoding.UTF8.GetBytes(text[split..])]);

        var result = await Build("output");

        Assert.False(result.Success);
        var problem = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NotUtf8);
        Assert.Equal(new SourceLocation(relative["input/".Length..], expectedLine, expectedColumn), problem.Location);
        Assert.Contains("Save the file as UTF-8", problem.Fix);
        Assert.False(Directory.Exists(folder.Combine("output")));
    }

    [Fact]
    public void A_CSV_saved_by_Excel_in_Windows_1252_is_refused_with_its_line_and_column()
    {
        byte[] csv = [.. "Local area partnership,Ofsted region\r\nNorthby,North West\r\nSt"u8, 0x92, .. "Elverys,North East\r\n"u8];
        WriteBytes("mi.csv", csv);
        var inputProblems = new DiagnosticBag();
        var csvProblems = new DiagnosticBag();

        var summary = ReportImporter.Run(input, folder.Combine("mi.csv"), inputProblems, csvProblems);

        Assert.Null(summary);
        var problem = Assert.Single(csvProblems.Sorted);
        Assert.Equal(DiagnosticCodes.NotUtf8, problem.Code);
        Assert.Equal((3, 3), (problem.Location.Line, problem.Location.Column));
        Assert.Contains("apostrophe", problem.Message);
    }
}
