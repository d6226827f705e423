using System.Diagnostics;
using SendSite.Output;
using SendSite.Tests.Support;

namespace SendSite.Tests.Faults;

/// <summary>
/// The fault-injection suite: the built generator, run as a child process, is killed with SIGKILL or SIGTERM while
/// rendering, indexing, gating and promoting (found by its own progress output, or held there by the test-only
/// <see cref="TestHold"/>), one kill after another on the same output, each build starting on what the killed one
/// left. After each kill the output holds the complete old site (whole in .previous when the kill fell between
/// the promote's renames); the next build clears what was left, restores the old site if needed, and publishes
/// the complete new one; no child program is left; nothing a killed build wrote is published.
/// </summary>
[Collection(FaultSuite.Name)]
public sealed class KilledBuildTests : IDisposable
{
    private static readonly TimeSpan StageTimeout = TimeSpan.FromMinutes(3);
    private readonly TempFolder folder = new();
    private readonly string input;
    private readonly string output;
    private readonly string lockFile;

    public KilledBuildTests()
    {
        input = SampleInput.WriteTo(folder);
        output = folder.Combine("output");
        lockFile = OutputLock.LockFileFor(output);
    }

    public void Dispose() => folder.Dispose();

    private string[] BuildArguments(bool gate = false) =>
        ["build", "--input", input, "--output", output, "--now", "2026-11-23T09:00:00Z", .. gate ? Array.Empty<string>() : ["--no-gate"]];

    private async Task<IReadOnlyDictionary<string, string>> BuildOldSite()
    {
        using var build = GeneratorProcess.Start(BuildArguments());
        Assert.True(await build.WaitForExit(StageTimeout) == 0, build.Output);
        return SiteSnapshot.Of(output);
    }

    /// <summary>
    /// The next input: one page more, and a report with one sentence more, so the new site differs from the old and
    /// its search index must be made again (an unchanged index is copied from the old site, with no Pagefind to kill).
    /// </summary>
    private void ChangeInput()
    {
        folder.Write("input/pages/news.md", "---\ntitle: News\norder: 2\n---\nNew words.\n");
        File.AppendAllText(folder.Combine("input", "reports", "northby", "2024-03-04-full-inspection.md"), "\nOne more sentence for the new site.\n");
    }

    [Theory]
    [InlineData("KILL")]
    [InlineData("TERM")]
    public async Task Builds_killed_while_rendering_indexing_gating_and_promoting_never_lose_the_site(string signal)
    {
        var old = await BuildOldSite();
        ChangeInput();

        foreach (var (stage, line) in new[]
        {
            (TestHold.Rendering, $"test hold: {TestHold.Rendering}"),
            (TestHold.Indexing, $"test hold: {TestHold.Indexing}"),
            ("gating", "gate: the browser is running"), // the gate's own progress: Chromium has started
            (TestHold.Promoting, $"test hold: {TestHold.Promoting}"),
        })
        {
            using (var killed = GeneratorProcess.Start(BuildArguments(gate: stage == "gating"), new Dictionary<string, string> { [TestHold.Variable] = stage }))
            {
                await killed.WaitForLine(line, StageTimeout);
                if (stage is TestHold.Indexing or "gating")
                {
                    Assert.NotEmpty(LeftoverProcesses.Of(lockFile)); // its children are running at the kill
                }
                killed.Signal(signal);
                Assert.NotEqual(0, await killed.WaitForExit(StageTimeout));
            }
            if (signal == "TERM")
            {
                await AssertNoneLeft(); // a build stopped by SIGTERM kills its own children on the way out
            }
            // Between the promote's renames the old site is whole in .previous; everywhere else it is whole in place.
            SiteSnapshot.AssertSame(old, Directory.Exists(output) ? output : StagingFolders.PreviousFor(output));
        }

        await AssertNextBuildPublishesTheNewSite(expectRestore: true);
    }

    [Fact]
    public async Task A_program_a_killed_build_left_running_is_stopped_before_the_next_build_and_what_it_writes_is_never_published()
    {
        await BuildOldSite();
        ChangeInput();
        // What a SIGKILLed build's Pagefind did: keep writing into staging folders beside the output.
        var script = $"while true; do for d in {output}.staging-*; do echo withdrawn > \"$d/leak.html\" 2>/dev/null; done; sleep 0.02; done";
        using var leftover = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { Environment = { [ChildProcesses.Variable] = lockFile } })!;

        await AssertNextBuildPublishesTheNewSite(expectRestore: false);

        Assert.True(leftover.WaitForExit(TimeSpan.FromSeconds(10)), "the leftover program is still running");
        Assert.False(File.Exists(Path.Combine(output, "leak.html")));
    }

    private async Task AssertNextBuildPublishesTheNewSite(bool expectRestore)
    {
        using var next = GeneratorProcess.Start(BuildArguments());
        Assert.True(await next.WaitForExit(StageTimeout) == 0, next.Output);
        Assert.Equal(expectRestore, next.Output.Contains("restored", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "news", "index.html")), next.Output);
        Assert.True(File.Exists(Path.Combine(output, "search", "pagefind", "pagefind-entry.json")));
        Assert.Equal(["output"], Directory.GetDirectories(folder.Path, "output*").Select(Path.GetFileName));
        await AssertNoneLeft();
    }

    private async Task AssertNoneLeft()
    {
        // A killed process may take a moment to be reaped.
        var clock = Stopwatch.StartNew();
        while (LeftoverProcesses.Of(lockFile).Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
        }
        Assert.Empty(LeftoverProcesses.Of(lockFile));
    }
}
