using SendSite.Output;
using SendSite.Tests.Support;

namespace SendSite.Tests.Output;

public sealed class OutputPromoterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Site(string name, string text)
    {
        folder.Write($"{name}/index.html", text);
        folder.Write($"{name}/areas/a/index.html", text + " area");
        OutputMarker.WriteInto(folder.Combine(name));
        return folder.Combine(name);
    }

    [Fact]
    public void The_new_site_replaces_the_old_and_nothing_is_left_beside_it()
    {
        Site("output", "old");
        var staging = Site("output.staging-1-abc", "new");

        OutputPromoter.Promote(staging, folder.Combine("output"));

        Assert.Equal("new", File.ReadAllText(folder.Combine("output", "index.html")));
        Assert.Equal(["output"], Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_missing_output_with_a_previous_site_beside_it_is_restored_and_said()
    {
        // What a build killed between the promote's two renames leaves.
        Site("output.previous", "old");
        Site("output.staging-99-dead", "half");
        var log = new StringWriter();

        var (reservation, refusal) = await OutputReservation.TakeAsync(folder.Combine("output"), folder.Combine("input"), false, TimeSpan.Zero, log, CancellationToken.None);
        reservation!.Dispose();

        Assert.Null(refusal);
        Assert.Equal("old", File.ReadAllText(folder.Combine("output", "index.html")));
        Assert.Contains("restored", log.ToString());
        Assert.Equal(["output"], Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_swap_of_contents_interrupted_part_way_is_put_back_to_the_old_site()
    {
        // The content swap for mount points, killed after moving the old entries aside and one new entry in.
        Site("output", "old");
        var old = folder.Combine("output", ".send-site-old-1234");
        Directory.CreateDirectory(old);
        foreach (var entry in new[] { "index.html", "areas", OutputMarker.FileName })
        {
            var from = folder.Combine("output", entry);
            if (Directory.Exists(from))
            {
                Directory.Move(from, Path.Combine(old, entry));
            }
            else
            {
                File.Move(from, Path.Combine(old, entry));
            }
        }
        folder.Write("output/.send-site-incoming-1234/areas/a/index.html", "new area");
        folder.Write("output/index.html", "new");

        Assert.True(ContentSwap.Recover(folder.Combine("output")));

        Assert.Equal("old", File.ReadAllText(folder.Combine("output", "index.html")));
        Assert.Equal("old area", File.ReadAllText(folder.Combine("output", "areas", "a", "index.html")));
        Assert.Equal(3, Directory.EnumerateFileSystemEntries(folder.Combine("output")).Count());
    }

    [Fact]
    public void Stale_staging_and_deleting_folders_are_removed_and_other_siblings_kept()
    {
        Site("output", "old");
        Site("output.staging", "older build's");
        Site("output.staging-12-abcd", "killed build's");
        Site("output.deleting-abcd", "half deleted");
        Site("output-notes", "someone's");

        Assert.Equal(3, StagingFolders.CleanStale(folder.Combine("output")));

        Assert.Equal(["output", "output-notes"], Directory.GetDirectories(folder.Path).Select(Path.GetFileName).Order());
    }
}
