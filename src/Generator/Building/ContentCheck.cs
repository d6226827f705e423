using SendSite.Authoring.FromIssue;
using SendSite.Calendar;
using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Loading;
using SendSite.Ownership;
using SendSite.Publishing;
using SendSite.Validation;

namespace SendSite.Building;

/// <summary>
/// Loads input/ and runs every rule on it, Markdown bodies included: what `validate` does, and the first
/// step of `build`. Drafts and embargoed reports are checked too, so their problems surface before publication.
/// </summary>
public static class ContentCheck
{
    /// <summary>Every rule on every file, Markdown bodies included (each read from its file, checked, and dropped).</summary>
    public static CheckedContent? Run(string inputFolder, DiagnosticBag diagnostics, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var bodies = new MarkdownBodies(diagnostics);
        var checkedContent = RunRules(inputFolder, diagnostics, timings, bodies);
        if (checkedContent is not null)
        {
            timings.Measure("markdown", () => bodies.CheckRest(MarkdownBodies.Of(checkedContent.Content)));
        }
        return checkedContent;
    }

    /// <summary>What `validate` does: <see cref="Run"/>, without producing the HTML of the bodies, which only a build uses.</summary>
    public static bool Validate(string inputFolder, DiagnosticBag diagnostics, StageTimings? timings = null) =>
        Run(inputFolder, diagnostics, timings) is not null;

    /// <summary>
    /// Every rule but the Markdown rules of the bodies, which the build runs as it renders them (one parse per
    /// body, not two) and then on the bodies it did not render (<see cref="MarkdownBodies.CheckRest"/>).
    /// The alternative provision rule needs a report's headings, which only rendering gives: those few bodies are
    /// rendered here, their problems reported through <paramref name="bodies"/> and their HTML dropped.
    /// </summary>
    public static CheckedContent? RunRules(string inputFolder, DiagnosticBag diagnostics, StageTimings timings, MarkdownBodies bodies)
    {
        var content = timings.Measure("load", () => InputLoader.Load(inputFolder, diagnostics));
        if (content is null)
        {
            return null;
        }
        timings.Measure("validate", () =>
        {
            ContentValidator.Check(content, WorkingDayCalendar.EnglandAndWales, diagnostics);
            Parallel.ForEach(content.Reports.Where(r => r.AlternativeProvisionSection is not null),
                report => AlternativeProvisionRules.Check(report, bodies.Render(report.Body), diagnostics));
        });
        CodeOwnersCheck.Check(inputFolder, content, diagnostics);
        PlanFormCheck.Check(inputFolder, content, diagnostics);
        return new CheckedContent(content) { Manifest = UrlManifest.Load(inputFolder, diagnostics) };
    }
}
