using SendSite.Diagnostics;
using SendSite.Rendering.Markdown.Images;
using SendSite.Tests.Support;

namespace SendSite.Tests.Rendering.Markdown.Images;

/// <summary>Each image file is looked at once per session however many bodies show it, on any number of threads; `serve` forgets it when it is saved.</summary>
public sealed class InputImageFilesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string WriteImage(string relative)
    {
        var full = folder.Combine("input", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, ImageBytes.Png());
        return full;
    }

    [Fact]
    public void A_file_shown_by_many_bodies_at_once_is_checked_once_and_found_the_same()
    {
        var full = WriteImage("images/chart.png");
        var files = new InputImageFiles(folder.Combine("input"));

        var found = Enumerable.Range(0, 64).AsParallel().Select(i => files.Find("../../images/chart.png", $"plans/area-{i}/plan.md")).ToList();
        File.Delete(full);
        var afterDeletion = files.Find("/images/chart.png", "pages/about.md");

        var first = found[0].Image;
        Assert.NotNull(first);
        Assert.All(found, lookup => Assert.Same(first, lookup.Image));
        Assert.Same(first, afterDeletion.Image); // not looked at again: once per build
        Assert.Equal(("images/chart.png", "files/images/chart.png"), (first.File, first.Destination));
    }

    [Fact]
    public void Forgetting_a_saved_file_names_the_bodies_that_asked_for_it_in_any_letter_case_and_looks_again()
    {
        var files = new InputImageFiles(folder.Combine("input"));
        var before = files.Find("Chart.png", "plans/southmere/plan.md");
        Assert.Equal(DiagnosticCodes.ImageFileMissing, before.Problem?.Code);
        files.Find("other.png", "plans/northby/plan.md");
        WriteImage("plans/southmere/chart.png");

        var askers = files.Forget(["plans/southmere/chart.png"]);

        Assert.Equal(["plans/southmere/plan.md"], askers);
        Assert.Contains("but there is plans/southmere/chart.png", files.Find("Chart.png", "plans/southmere/plan.md").Problem?.Message, StringComparison.Ordinal);
        Assert.NotNull(files.Find("chart.png", "plans/southmere/plan.md").Image);
    }
}
