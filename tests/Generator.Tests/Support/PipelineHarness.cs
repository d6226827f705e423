using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Input.Loading;
using SendSite.Site.Session;

namespace SendSite.Tests.Support;

/// <summary>
/// Runs one pipeline without the rest of the site (Statiq.Testing's idea, our code): a few input files (the sample
/// site unless a test changes them), loaded by the same <see cref="SiteSession"/> a build uses, and one pipeline run
/// on them with the repository's theme. A pipeline that depends on others is given their documents by the test, so
/// it can be fed exactly the pages it should see. Every document comes back with its text made.
/// </summary>
public sealed class PipelineHarness : IDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder folder = new();

    public PipelineHarness()
    {
        Input = SampleInput.WriteTo(folder);
    }

    /// <summary>The input folder on disk.</summary>
    public string Input { get; }

    /// <summary>Writes (or replaces) one file of the input, e.g. "reports/northby/2025-01-06-full-inspection.md".</summary>
    public PipelineHarness With(string relativePath, string text)
    {
        folder.Write(Path.Combine("input", relativePath), text);
        return this;
    }

    /// <summary>Runs <paramref name="pipeline"/> alone; the input must be valid (its problems fail the test, named).</summary>
    public IReadOnlyList<Document> Run(IPipeline<BuildContext> pipeline, DateTimeOffset? now = null, IReadOnlyDictionary<string, IReadOnlyList<Document>>? dependencies = null)
    {
        var session = SiteSession.Load(Input, BodyMode.Streamed, now ?? DefaultNow);
        var errors = session.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var theme = new SiteTheme(RepositoryRoot.Combine("themes", "default"), RepositoryRoot.Combine("node_modules"), Path.Combine(Input, InputPaths.LayoutsFolder));
        var context = session.Context(session.Model(), theme);
        var documents = pipeline.Process(context, new PipelineOutputs(dependencies ?? new Dictionary<string, IReadOnlyList<Document>>()));
        return [.. documents.Select(d => d.Render is null ? d : Document.FromText(d.Destination, d.TextNow()!)).OrderBy(d => d.Destination, StringComparer.Ordinal)];
    }

    public void Dispose() => folder.Dispose();
}
