using System.Collections.Concurrent;
using SendSite.Calendar;
using SendSite.Content;
using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Loading;
using SendSite.Ownership;
using SendSite.Publishing;
using SendSite.Rendering.Markdown;
using SendSite.Validation;

namespace SendSite.Building;

/// <summary>
/// Loads input/ and runs every rule on it, Markdown bodies included: what `validate` does, and the first
/// step of `build`. Drafts and embargoed reports are checked too, so their problems surface before publication.
/// </summary>
public static class ContentCheck
{
    public static CheckedContent? Run(string inputFolder, DiagnosticBag diagnostics, StageTimings? timings = null) =>
        Run(inputFolder, diagnostics, timings ?? new StageTimings(), renderHtml: true);

    /// <summary>
    /// What `validate` does: every rule and every problem of <see cref="Run"/>, without producing the HTML of
    /// the bodies, which only a build uses (it costs more than all the checks together).
    /// </summary>
    public static bool Validate(string inputFolder, DiagnosticBag diagnostics, StageTimings? timings = null) =>
        Run(inputFolder, diagnostics, timings ?? new StageTimings(), renderHtml: false) is not null;

    private static CheckedContent? Run(string inputFolder, DiagnosticBag diagnostics, StageTimings timings, bool renderHtml)
    {
        var content = timings.Measure("load", () => InputLoader.Load(inputFolder, diagnostics));
        if (content is null)
        {
            return null;
        }
        timings.Measure("validate", () => ContentValidator.Check(content, WorkingDayCalendar.EnglandAndWales, diagnostics));
        CodeOwnersCheck.Check(inputFolder, content, diagnostics);
        var sources = content.Reports.Select(r => r.Body)
            .Concat(content.Plans.Select(p => p.Body))
            .Concat(content.Pages.Select(p => p.Body))
            .Concat(content.ThematicReports.Select(t => t.Body));
        // The alternative provision rule needs the ids of a body's headings, which only rendering gives.
        var needHeadings = content.Reports.Where(r => r.AlternativeProvisionSection is not null)
            .Select(r => r.Body.File).ToHashSet(StringComparer.Ordinal);
        var bodies = new ConcurrentDictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        timings.Measure("markdown", () => Parallel.ForEach(sources, source =>
        {
            if (!renderHtml && !needHeadings.Contains(source.File))
            {
                diagnostics.AddRange(MarkdownRenderer.Shared.Check(source.Text, source.File, source.FirstLine));
                return;
            }
            var rendered = MarkdownRenderer.Shared.Render(source.Text, source.File, source.FirstLine);
            diagnostics.AddRange(rendered.Diagnostics);
            bodies[source.File] = rendered;
        }));
        foreach (var report in content.Reports.Where(r => needHeadings.Contains(r.Body.File)))
        {
            AlternativeProvisionRules.Check(report, bodies[report.Body.File], diagnostics);
        }
        return new CheckedContent(content, bodies) { Manifest = UrlManifest.Load(inputFolder, diagnostics) };
    }
}
