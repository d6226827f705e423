using System.Diagnostics;
using SendSite.Output;
using SendSite.Tests.Support;

namespace SendSite.Tests.Faults;

/// <summary>
/// The built generator against outputs it must refuse or share: the input folder, the repository, a folder of
/// someone's work, two builds into one output at once, a mounted tmpfs (where this machine lets a test mount):
/// published into, filled up, and made read-only; and a rename that fails with an input/output error.
/// </summary>
[Collection(FaultSuite.Name)]
public sealed class OutputTargetTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly TempFolder folder = new();
    private readonly string input;

    public OutputTargetTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private static async Task<(int Code, string Said)> Run(params string[] arguments)
    {
        using var build = GeneratorProcess.Start(arguments);
        var code = await build.WaitForExit(Timeout);
        return (code, build.Output);
    }

    private string[] Build(string output, params string[] more) =>
        ["build", "--input", input, "--output", output, "--now", "2026-11-23T09:00:00Z", "--no-gate", .. more];

    [Fact]
    public async Task Pointing_the_output_at_the_input_the_repository_or_a_folder_of_work_deletes_nothing()
    {
        var inputBefore = SiteSnapshot.Of(input);
        folder.Write("work/notes.txt", "mine");

        foreach (var (output, expected) in new[]
        {
            (input, "is the input folder"),
            (folder.Path, "holds the input folder"),
            (RepositoryRoot.Path, "is the repository"),
            (folder.Combine("work"), "--force"),
        })
        {
            var (code, said) = await Run(Build(output));

            Assert.Equal(1, code);
            Assert.Contains(expected, said);
            Assert.DoesNotContain("   at ", said); // no stack trace
            Assert.DoesNotContain("(0 errors", said); // nothing in the input was wrong, so no count of its errors
        }

        SiteSnapshot.AssertSame(inputBefore, input);
        Assert.Equal("mine", File.ReadAllText(folder.Combine("work", "notes.txt")));
        Assert.True(File.Exists(RepositoryRoot.Combine("SendSite.slnx")));
    }

    [Fact]
    public async Task Two_builds_into_one_output_at_once_one_publishes_and_the_other_names_it_or_waits()
    {
        var output = folder.Combine("output");

        using (var first = GeneratorProcess.Start(Build(output)))
        using (var second = GeneratorProcess.Start(Build(output)))
        {
            var codes = new[] { await first.WaitForExit(Timeout), await second.WaitForExit(Timeout) };
            var said = first.Output + "\n" + second.Output;
            Assert.Contains(0, codes);
            if (codes.Contains(1))
            {
                Assert.Matches(@"is being built by process \d+", said);
            }
        }
        var published = SiteSnapshot.Of(output);
        Assert.True(published.Count > 50);

        using (var first = GeneratorProcess.Start(Build(output, "--wait-for-output")))
        using (var second = GeneratorProcess.Start(Build(output, "--wait-for-output")))
        {
            Assert.Equal(0, await first.WaitForExit(Timeout));
            Assert.Equal(0, await second.WaitForExit(Timeout));
        }
        // Same input and --now: both waiting builds published the same complete site.
        SiteSnapshot.AssertSame(published, output);
        Assert.Equal(["output"], Directory.GetDirectories(folder.Path, "output*").Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_mounted_tmpfs_output_is_published_into_by_replacing_its_contents()
    {
        var output = folder.Combine("mounted");
        await OnTmpfs(output, "64m", async () =>
        {
            var (first, said) = await Run(Build(output));
            Assert.True(first == 0, said);
            folder.Write("input/pages/news.md", "---\ntitle: News\norder: 2\n---\nNew words.\n");

            var (second, saidAgain) = await Run(Build(output));

            Assert.True(second == 0, saidAgain);
            Assert.True(File.Exists(Path.Combine(output, "news", "index.html")));
            Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(output), e => Path.GetFileName(e).StartsWith(".send-site-", StringComparison.Ordinal) && Path.GetFileName(e) != ".send-site-output");
            Assert.Equal(["mounted"], Directory.GetDirectories(folder.Path, "mounted*").Select(Path.GetFileName));
        });
    }

    [Fact]
    public async Task A_disk_that_fills_up_during_a_rebuild_stops_it_with_one_line_and_the_published_site_stays_whole()
    {
        // Sized so the published site fits but not a second copy of it beside it, the staging folder of the rebuild.
        var measured = folder.Combine("measured");
        var (measuredCode, measuredSaid) = await Run(Build(measured));
        Assert.True(measuredCode == 0, measuredSaid);
        var bytes = Directory.EnumerateFiles(measured, "*", SearchOption.AllDirectories).Sum(f => (new FileInfo(f).Length + 4095) / 4096 * 4096);
        var disk = folder.Combine("small-disk");
        await OnTmpfs(disk, $"{bytes * 3 / 2 / 1024}k", async () =>
        {
            var output = Path.Combine(disk, "site");
            var (first, firstSaid) = await Run(Build(output));
            Assert.True(first == 0, firstSaid);
            var published = SiteSnapshot.Of(output);

            var (code, said) = await Run(Build(output));

            Assert.NotEqual(0, code);
            Assert.True(said.Contains("the disk is full", StringComparison.Ordinal) && said.Contains("free space", StringComparison.Ordinal), said);
            Assert.DoesNotContain("   at ", said); // no stack trace
            SiteSnapshot.AssertSame(published, output);
            Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(disk), e => Path.GetFileName(e).Contains(".staging-", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task A_read_only_filesystem_stops_the_build_with_one_line_and_the_published_site_stays_whole()
    {
        var disk = folder.Combine("read-only-disk");
        await OnTmpfs(disk, "64m", async () =>
        {
            var output = Path.Combine(disk, "site");
            var (first, firstSaid) = await Run(Build(output));
            Assert.True(first == 0, firstSaid);
            var published = SiteSnapshot.Of(output);
            Assert.True(Mount("mount", "-o", "remount,ro", disk));

            var (code, said) = await Run(Build(output));

            Assert.NotEqual(0, code);
            Assert.Contains("read-only filesystem", said);
            Assert.DoesNotContain("   at ", said); // no stack trace
            SiteSnapshot.AssertSame(published, output);
        });
    }

    [Fact]
    public async Task A_build_killed_in_the_middle_of_swapping_a_mounted_outputs_contents_is_undone_by_the_next_start()
    {
        var disk = folder.Combine("mounted-swap");
        await OnTmpfs(disk, "64m", async () =>
        {
            var (first, firstSaid) = await Run(Build(disk));
            Assert.True(first == 0, firstSaid);
            var old = SiteSnapshot.Of(disk);
            folder.Write("input/pages/news.md", "---\ntitle: News\norder: 2\n---\nNew words.\n");

            // Held after the old entries were moved aside and before the new ones move in: the worst moment.
            using (var killed = GeneratorProcess.Start(Build(disk), new Dictionary<string, string> { [TestHold.Variable] = TestHold.Promoting }))
            {
                await killed.WaitForLine($"test hold: {TestHold.Promoting}", Timeout);
                killed.Signal("KILL");
                Assert.NotEqual(0, await killed.WaitForExit(Timeout));
            }
            // The next start puts the old site back before anything else, even when its own input is refused.
            folder.Write("input/pages/news.md", "---\ntitle: [unclosed\n---\nBroken.\n");
            var (code, said) = await Run(Build(disk));

            Assert.True(code == 1 && said.Contains("put back", StringComparison.Ordinal), said);
            SiteSnapshot.AssertSame(old, disk);
        });
    }

    [Fact]
    public async Task An_input_output_error_while_publishing_stops_the_build_with_one_line_and_the_published_site_stays_whole()
    {
        var output = folder.Combine("output");
        var (first, firstSaid) = await Run(Build(output));
        Assert.True(first == 0, firstSaid);
        var old = SiteSnapshot.Of(output);
        File.AppendAllText(folder.Combine("input", "reports", "northby", "2024-03-04-full-inspection.md"), "\nOne more sentence.\n");
        if (RenameFailure.Environment(output) is not { } failingRenames)
        {
            return; // no C compiler here to make rename fail
        }

        using var build = GeneratorProcess.Start(Build(output), failingRenames);
        var code = await build.WaitForExit(Timeout);

        Assert.True(code == 1, build.Output);
        Assert.True(build.Output.Contains($"an input/output error on {output}", StringComparison.Ordinal), build.Output);
        Assert.DoesNotContain("   at ", build.Output); // no stack trace
        SiteSnapshot.AssertSame(old, output);
        // The next build, on a disk that works again, publishes the new site.
        var (next, nextSaid) = await Run(Build(output));
        Assert.True(next == 0, nextSaid);
        Assert.Contains("One more sentence.", File.ReadAllText(Path.Combine(output, "areas", "northby", "reports", "2024-03-04-full-inspection", "index.html")));
    }

    /// <summary>
    /// Runs <paramref name="test"/> with a tmpfs of <paramref name="size"/> mounted at <paramref name="folder"/>, and
    /// unmounts it after; does nothing where this machine does not let tests mount (not root, or no CAP_SYS_ADMIN).
    /// </summary>
    private static async Task OnTmpfs(string folder, string size, Func<Task> test)
    {
        Directory.CreateDirectory(folder);
        if (!Mount("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder))
        {
            return;
        }
        try
        {
            await test();
        }
        finally
        {
            Mount("umount", folder);
        }
    }

    private static bool Mount(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
