using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Rendering.Markdown;

namespace SendSite.Rules.Validation;

/// <summary>
/// alternative_provision_section must name a heading of the report's own body, and no other heading may
/// already have the id the section is given (it must stay a permanent, unique link).
/// </summary>
public static class AlternativeProvisionRules
{
    public static void Check(Report report, RenderedMarkdown body, DiagnosticBag diagnostics)
    {
        if (report.AlternativeProvisionSection is not { } id)
        {
            return;
        }
        var at = report.Source.At("alternative_provision_section");
        if (!body.Headings.Any(h => h.Id == id))
        {
            var known = body.Headings.Count == 0 ? "the body has no headings" : "its headings' ids are: " + string.Join(", ", body.Headings.Select(h => h.Id));
            diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.UnknownAlternativeProvisionSection,
                $"alternative_provision_section is '{id}', but no heading of the body has that id ({known}).",
                "Give the id of the section's heading: lower-case words of the heading joined by hyphens, e.g. '## Alternative provision' has the id alternative-provision."));
        }
        else if (id != Report.AlternativeProvisionAnchor && body.Headings.Any(h => h.Id == Report.AlternativeProvisionAnchor))
        {
            diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.UnknownAlternativeProvisionSection,
                $"alternative_provision_section is '{id}', but another heading already has the id '{Report.AlternativeProvisionAnchor}'.",
                $"Mark that heading instead (alternative_provision_section: {Report.AlternativeProvisionAnchor}), or rename one of the two headings."));
        }
    }
}
