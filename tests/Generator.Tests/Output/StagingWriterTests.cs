using SendSite.Engine;
using SendSite.Output;
using SendSite.Tests.Support;

namespace SendSite.Tests.Output;

public sealed class StagingWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Deferred_held_and_copied_documents_are_all_written_into_a_fresh_staging_folder_of_its_own()
    {
        var source = folder.Write("asset.css", "body{}");
        Directory.CreateDirectory(folder.Combine("output.staging", "stale"));
        var pages = Enumerable.Range(0, 200)
            .Select(i => Document.Deferred($"areas/a{i % 7}/reports/r{i}/index.html", () => $"page {i}"))
            .ToList();

        var staging = StagingWriter.Write([Document.FromText("index.html", "home"), Document.CopyOf("assets/site.css", source), .. pages], folder.Combine("output"));

        Assert.StartsWith(folder.Combine("output.staging-"), staging);
        Assert.NotEqual(staging, StagingWriter.Create(folder.Combine("output")));
        Assert.False(Directory.Exists(Path.Combine(staging, "stale")));
        Assert.True(OutputMarker.IsOn(staging));
        Assert.Equal("home", File.ReadAllText(Path.Combine(staging, "index.html")));
        Assert.Equal("body{}", File.ReadAllText(Path.Combine(staging, "assets", "site.css")));
        Assert.Equal("page 123", File.ReadAllText(Path.Combine(staging, "areas", "a4", "reports", "r123", "index.html")));
        Assert.Equal(203, Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_deferred_document_that_fails_comes_out_as_an_exception_for_the_caller_to_discard_the_folder()
    {
        var staging = StagingWriter.Create(folder.Combine("output"));

        var error = Assert.Throws<AggregateException>(() => StagingWriter.WriteInto(staging,
            [Document.FromText("a.txt", "a"), Document.Deferred("b.txt", () => throw new InvalidOperationException("broken template"))]));

        Assert.Contains(error.Flatten().InnerExceptions, e => e.Message == "broken template");
    }
}
