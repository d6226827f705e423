using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Rules.Validation;

/// <summary>
/// A plan started with `new plan` carries "TO DO:" wherever the author's words go; any that are left are errors,
/// each on its own line, so an unfinished template is never published and the author sees every gap at once.
/// </summary>
public static class PlaceholderRules
{
    private static readonly string[] TextFields = ["title", "summary"];

    public static void Check(Plan plan, DiagnosticBag diagnostics)
    {
        foreach (var field in TextFields)
        {
            var value = field == "title" ? plan.Title : plan.Summary;
            if (PlanPlaceholders.Has(value))
            {
                diagnostics.Add(Diagnostic.Error(plan.Source.At(field), DiagnosticCodes.PlaceholderText,
                    $"{field} still has the template's \"{PlanPlaceholders.Marker}\" text.",
                    $"Replace it with your own words{(field == "summary" ? ", or delete the summary line" : "")}."));
            }
        }
        foreach (var location in plan.BodyPlaceholders)
        {
            diagnostics.Add(Diagnostic.Error(location, DiagnosticCodes.PlaceholderText,
                $"This line still has the template's \"{PlanPlaceholders.Marker}\" text.",
                "Replace it with your own words, or delete the line."));
        }
    }
}
