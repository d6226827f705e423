using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Rules.Validation;

/// <summary>
/// input/earlier-inspections.yml: every area an inspection is shown on exists, and each area as inspected
/// (its code) has one entry, because the framework inspected each area once.
/// </summary>
public static class EarlierInspectionRules
{
    public static void Check(IReadOnlyList<EarlierInspection> inspections, IReadOnlySet<string> areaSlugs, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, EarlierInspection>(StringComparer.Ordinal);
        foreach (var inspection in inspections)
        {
            foreach (var slug in inspection.Areas.Where(s => !areaSlugs.Contains(s)))
            {
                diagnostics.Add(Diagnostic.Error(inspection.Source.At("areas"), DiagnosticCodes.UnknownEarlierInspectionArea,
                    $"The 2016-2022 inspection of {inspection.Name} ({inspection.Code}) is shown on '{slug}', which is not an area in areas.yml.",
                    "Use the slug of a current area: the area inspected, or the areas that replaced it. Importing Ofsted's statistics again writes them from areas.yml."));
            }
            if (!seen.TryAdd(inspection.Code, inspection))
            {
                diagnostics.Add(Diagnostic.Error(inspection.Source.Start, DiagnosticCodes.RepeatedEarlierInspection,
                    $"{inspection.Code} ({inspection.Name}) has a second entry; the first is at line {seen[inspection.Code].Source.Start.Line}.",
                    "Keep one entry per area as inspected: the 2016-2022 framework inspected each area once (its revisit goes in the same entry)."));
            }
        }
    }
}
