using SendSite.Site.Building;

namespace SendSite.Tests.Support;

/// <summary>
/// The bundled input/ built once (without the gate, which BundledSiteTests runs) for tests that read the
/// whole output: metadata, feeds, the site map. Shared by a test collection so it is built only once.
/// </summary>
public sealed class BundledSiteBuild : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public const string BaseUrl = "https://example.org/send-inspections/";
    private readonly TempFolder folder = new();

    public string Output => folder.Combine("output");

    public async Task InitializeAsync()
    {
        var result = await SiteGenerator.BuildAsync(new BuildOptions(RepositoryRoot.Combine("input"), Output, Now) { RunGate = false }, TextWriter.Null);
        if (!result.Success)
        {
            throw new InvalidOperationException(result.Failure + string.Join("\n", result.Diagnostics));
        }
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
