using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Rules.Validation;

/// <summary>The registry's own rules: slugs, codes and names are unique, and a former slug is never reused.</summary>
public static class AreaRegistryRules
{
    public static void Check(IReadOnlyList<Area> areas, DiagnosticBag diagnostics)
    {
        ReportDuplicates(areas, a => a.Slug, "slug", DiagnosticCodes.DuplicateSlug, diagnostics);
        ReportDuplicates(areas, a => a.Code, "code", DiagnosticCodes.DuplicateCode, diagnostics);
        ReportDuplicates(areas, a => a.Name.ToLowerInvariant(), "name", DiagnosticCodes.DuplicateName, diagnostics);

        var current = areas.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            foreach (var former in area.FormerNames.Where(f => f.Slug is not null && current.Contains(f.Slug)))
            {
                diagnostics.Add(Diagnostic.Error(area.Source.At("former_names"), DiagnosticCodes.DuplicateSlug,
                    $"The former slug '{former.Slug}' of {area.Name} is the slug of a current area.",
                    "A slug belongs to one place forever, so old links stay right: remove it from former_names, or choose another slug for the current area."));
            }
        }
    }

    private static void ReportDuplicates(IReadOnlyList<Area> areas, Func<Area, string> key, string field, string code, DiagnosticBag diagnostics)
    {
        foreach (var group in areas.GroupBy(key).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(duplicate.Source.At(field), code,
                    $"{field} '{key(duplicate)}' is used twice: also at {first.Source.At(field)}.",
                    $"Each area needs its own {field}."));
            }
        }
    }
}
