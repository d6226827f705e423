using System.IO.Compression;
using System.Text;
using SendSite.Site.Building;
using SendSite.Site.Search;
using SendSite.Tests.Support;

namespace SendSite.Tests.Search;

/// <summary>
/// A build that replaces an earlier output copies the search shards whose pages did not change and indexes the
/// rest. The sample site in shards of one area each: northby (1 page) is the first shard, southmere (3 pages)
/// the second. Whatever was reused, the output is byte for byte what a build into an empty folder makes.
/// </summary>
public sealed class SearchShardReuseTests : IDisposable
{
    private const int OneAreaPerShard = 1;
    private const string WithdrawnWord = "Withdrawnwordqx";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public SearchShardReuseTests()
    {
        input = SampleInput.WriteTo(folder);
        folder.Write("input/reports/southmere/2025-09-01-monitoring-inspection.md", SampleInput.SouthmereMonitoring.Replace("Some progress.", $"Some progress, {WithdrawnWord}."));
    }

    public void Dispose() => folder.Dispose();

    /// <summary>Builds into <paramref name="output"/> with a cache of its own, so only that output's earlier build can be reused.</summary>
    private async Task<string> BuildAsync(string output)
    {
        var log = new StringWriter();
        var options = new BuildOptions(input, folder.Combine(output), Now)
        {
            RunGate = false,
            SearchShardPages = OneAreaPerShard,
            GateCacheFolder = folder.Combine($"{output}-cache"),
        };
        var result = await SiteGenerator.BuildAsync(options, log);
        Assert.True(result.Success, result.Failure + "\n" + log);
        return log.ToString();
    }

    [Fact]
    public async Task A_build_over_an_unchanged_output_reuses_every_shard_and_writes_the_same_bytes()
    {
        await BuildAsync("output");
        var first = Snapshot("output");

        var log = await BuildAsync("output");

        Assert.Contains("(2 parts, 2 of them reused from", log);
        AssertSame(first, Snapshot("output"));
    }

    [Fact]
    public async Task After_one_area_changes_only_its_shard_is_indexed_again_and_the_output_is_what_a_cold_build_makes()
    {
        await BuildAsync("output");
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", SampleInput.NorthbyReport.Replace("Children wait too long", "Young people wait too long"));

        var log = await BuildAsync("output");
        var cold = await BuildAsync("cold");

        Assert.Contains("(2 parts, 1 of them reused from", log); // southmere's, the merged shard
        Assert.Contains("(2 parts, 0 of them reused from", cold);
        AssertSame(Snapshot("cold"), Snapshot("output"));
        Assert.Contains("Young people", SearchText("output"));
    }

    [Fact]
    public async Task A_report_withdrawn_from_one_area_is_gone_from_the_search_files_after_a_build_that_reuses_the_other()
    {
        await BuildAsync("output");
        Assert.Contains(WithdrawnWord, SearchText("output")); // the check below can see the word where it is

        folder.Write("input/reports/southmere/2025-09-01-monitoring-inspection.md", SampleInput.SouthmereMonitoring
            .Replace("Some progress.", $"Some progress, {WithdrawnWord}.").Replace("status: approved", "status: draft"));
        var log = await BuildAsync("output");

        Assert.Contains("(2 parts, 1 of them reused from", log); // northby's
        Assert.DoesNotContain(WithdrawnWord, SearchText("output"));
        Assert.DoesNotContain("2025-09-01-monitoring-inspection", SearchText("output"));
        await BuildAsync("cold");
        AssertSame(Snapshot("cold"), Snapshot("output"));
    }

    [Fact]
    public async Task A_bundle_changed_since_its_manifest_was_written_is_indexed_again_not_copied()
    {
        await BuildAsync("output");
        var first = Snapshot("output");
        var fragment = Directory.GetFiles(folder.Combine("output", "search", "pagefind-2", "fragment")).Order(StringComparer.Ordinal).First();
        File.WriteAllBytes(fragment, [.. File.ReadAllBytes(fragment), 0]);
        Directory.Delete(folder.Combine("output-cache"), recursive: true); // or the cache's whole copy would be taken

        var log = await BuildAsync("output");

        Assert.Contains("(2 parts, 1 of them reused from", log);
        AssertSame(first, Snapshot("output"));
    }

    [Fact]
    public async Task Each_bundle_has_a_manifest_naming_every_other_file_of_it_with_its_sha256()
    {
        await BuildAsync("output");

        foreach (var bundle in new[] { "pagefind", "pagefind-2" })
        {
            var bundleFolder = folder.Combine("output", "search", bundle);
            var manifest = SearchShardManifest.ReadFrom(bundleFolder);
            Assert.NotNull(manifest);
            Assert.Matches("^[0-9a-f]{64}$", manifest.Key);
            var files = Directory.GetFiles(bundleFolder, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(bundleFolder, file).Replace('\\', '/'))
                .Where(path => path != SearchShardManifest.FileName)
                .Order(StringComparer.Ordinal);
            Assert.Equal(files, manifest.Files.Select(file => file.Path));
            Assert.Equal(SearchShardManifest.Of(bundleFolder, manifest.Key).Files, manifest.Files);
        }
    }

    /// <summary>Every file of an output folder, by path, with its bytes.</summary>
    private Dictionary<string, byte[]> Snapshot(string output)
    {
        var root = folder.Combine(output);
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(root, file), File.ReadAllBytes, StringComparer.Ordinal);
    }

    private static void AssertSame(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        }
    }

    /// <summary>The text of every search file, gzip-compressed ones (Pagefind's index, fragments, filters) unpacked.</summary>
    private string SearchText(string output)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder.Combine(output, "search"), "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes is [0x1f, 0x8b, ..])
            {
                using var unpacked = new MemoryStream();
                using (var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))
                {
                    gzip.CopyTo(unpacked);
                }
                bytes = unpacked.ToArray();
            }
            text.Append(Encoding.UTF8.GetString(bytes)).Append('\n');
        }
        return text.ToString();
    }
}
