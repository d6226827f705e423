using System.Text.RegularExpressions;
using SendSite.Benchmarks.Corpus;
using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Benchmarks;

/// <summary>
/// Keeps the benchmark's corpus generator working: its smallest corpus is valid input, builds without the
/// gate, is the same for the same seed, and names no real area. No timing is asserted here, ever.
/// </summary>
public sealed class CorpusSmokeTests : IDisposable
{
    private const int Seed = 7;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_tiny_corpus_validates_cleanly_and_builds()
    {
        var input = folder.Combine("input");
        var summary = CorpusWriter.Write(CorpusScale.Tiny, input, Seed);
        Assert.Equal(6, summary.Areas);
        Assert.True(summary.Reports > summary.Areas, $"only {summary.Reports} reports");
        Assert.True(summary.Plans > 0);

        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        Assert.Empty(diagnostics.Sorted); // no errors and no warnings either

        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure);
        Assert.True(File.Exists(folder.Combine("output", "areas", "index.html")));
        Assert.Equal(summary.Areas, Directory.GetDirectories(folder.Combine("output", "areas")).Length);
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        CorpusWriter.Write(CorpusScale.Tiny, folder.Combine("a"), Seed);
        CorpusWriter.Write(CorpusScale.Tiny, folder.Combine("b"), Seed);
        CorpusWriter.Write(CorpusScale.Tiny, folder.Combine("c"), Seed + 1);

        Assert.Equal(Snapshot(folder.Combine("a")), Snapshot(folder.Combine("b")));
        Assert.NotEqual(Snapshot(folder.Combine("a")), Snapshot(folder.Combine("c")));
    }

    [Fact]
    public void Fictional_areas_never_take_a_real_areas_name_and_have_e99_codes()
    {
        var real = Regex.Matches(File.ReadAllText(RepositoryRoot.Combine("src", "Generator", "Data", "england-local-areas.yml")), @"^\s+name:\s*(.+)$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Trim().Trim('"'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.True(real.Count > 100);

        var areas = AreaRegistry.Create(CorpusScale.TenTimes.Areas, Seed);
        Assert.Equal(CorpusScale.TenTimes.Areas, areas.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(areas, a => real.Contains(a.Name));
        Assert.All(areas, a => Assert.Matches(@"^E99\d{6}$", a.Code));
    }

    private static string Snapshot(string root) => string.Join("\n", Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(root, f) + "\n" + File.ReadAllText(f)));
}
