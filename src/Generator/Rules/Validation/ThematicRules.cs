using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Input.Schema;

namespace SendSite.Rules.Validation;

/// <summary>A thematic report's visited areas are areas of the registry, each named once.</summary>
public static class ThematicRules
{
    public static void Check(ThematicReport report, IReadOnlySet<string> areaSlugs, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var visited in report.AreasVisited)
        {
            if (!areaSlugs.Contains(visited.Slug))
            {
                var near = NearestMatch.Find(visited.Slug, areaSlugs);
                diagnostics.Add(Diagnostic.Error(visited.At, DiagnosticCodes.UnknownVisitedArea,
                    $"areas_visited names '{visited.Slug}', which is not an area in areas.yml.",
                    near is null ? "Use the slug of an area in areas.yml." : $"Did you mean '{near}'? Use the slug of an area in areas.yml."));
            }
            else if (!seen.Add(visited.Slug))
            {
                diagnostics.Add(Diagnostic.Error(visited.At, DiagnosticCodes.RepeatedVisitedArea,
                    $"areas_visited names '{visited.Slug}' more than once.",
                    "List each visited area once."));
            }
        }
    }
}
