using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Rules.Validation;

/// <summary>
/// Rules for areas that replaced others. A former slug listed by one area is a rename or, with several
/// former slugs, a merge; one listed by several areas is a split, so all of them must agree on the old name
/// and on the day it ended (the split page says both). A report or plan of a replaced area names it with
/// former_area, which must be one of its own area's former slugs, and no two successors may hold the same
/// report or plan id for one former area: both would claim the same old address.
/// </summary>
public static class SuccessionRules
{
    public static void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var listings = content.Areas
            .SelectMany(area => area.FormerNames.Where(f => f.Slug is not null).Select(former => (Area: area, Former: former)))
            .ToList();
        foreach (var repeated in listings.GroupBy(l => (l.Area.Slug, l.Former.Slug)).Where(g => g.Count() > 1))
        {
            var area = repeated.First().Area;
            diagnostics.Add(Diagnostic.Error(area.Source.At("former_names"), DiagnosticCodes.FormerSlugRepeated,
                $"{area.Name} lists the former slug '{repeated.Key.Item2}' {repeated.Count()} times.",
                "List each former slug once under former_names."));
        }
        foreach (var split in listings.GroupBy(l => l.Former.Slug!, StringComparer.Ordinal).Where(g => g.Select(l => l.Area.Slug).Distinct().Count() > 1))
        {
            CheckSplit(split.Key, [.. split.DistinctBy(l => l.Area.Slug)], diagnostics);
        }
        // Grouped, not keyed directly: a slug used twice is reported by AreaRegistryRules and must not stop this check.
        var formerSlugs = content.Areas.GroupBy(a => a.Slug, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.SelectMany(a => a.FormerNames).Select(f => f.Slug).OfType<string>().ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        CheckFormerArea(content.Reports.Select(r => (r.Id, r.AreaSlug, r.FormerArea, r.Source, "report")), formerSlugs, diagnostics);
        CheckFormerArea(content.Plans.Select(p => (p.Id, p.AreaSlug, p.FormerArea, p.Source, "plan")), formerSlugs, diagnostics);
    }

    private static void CheckSplit(string slug, IReadOnlyList<(Area Area, FormerName Former)> successors, DiagnosticBag diagnostics)
    {
        var first = successors[0];
        var names = string.Join(" and ", successors.Select(s => s.Area.Name));
        foreach (var (area, former) in successors)
        {
            if (former.Until is null)
            {
                diagnostics.Add(Diagnostic.Error(area.Source.At("former_names"), DiagnosticCodes.SplitWithoutDate,
                    $"'{slug}' was split into {names}, but {area.Name}'s former_names entry has no until date.",
                    $"Add `until: yyyy-mm-dd` (the last day {former.Name} existed) to the entry, the same date in every area it was split into."));
            }
            else if (first.Former.Until is { } firstUntil && former.Until != firstUntil)
            {
                diagnostics.Add(Diagnostic.Error(area.Source.At("former_names"), DiagnosticCodes.SplitDatesDiffer,
                    $"'{slug}' ended on {former.Until:yyyy-MM-dd} according to {area.Name}, but on {firstUntil:yyyy-MM-dd} according to {first.Area.Name}.",
                    "An area is split on one day: write the same until date in each area it was split into."));
            }
            if (!string.Equals(former.Name, first.Former.Name, StringComparison.Ordinal) || !string.Equals(former.Code, first.Former.Code, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(area.Source.At("former_names"), DiagnosticCodes.SplitNamesDiffer,
                    $"'{slug}' is called '{former.Name}' ({former.Code ?? "no code"}) by {area.Name} but '{first.Former.Name}' ({first.Former.Code ?? "no code"}) by {first.Area.Name}.",
                    "The split page and open data show one name and code for the old area: write the same name and code in each area it was split into."));
            }
        }
    }

    private static void CheckFormerArea(
        IEnumerable<(string Id, string AreaSlug, string? FormerArea, SourceMap Source, string Noun)> items,
        IReadOnlyDictionary<string, HashSet<string>> formerSlugs,
        DiagnosticBag diagnostics)
    {
        var claimed = new Dictionary<(string, string), SourceMap>();
        foreach (var item in items.Where(i => i.FormerArea is not null).OrderBy(i => i.Source.File, StringComparer.Ordinal))
        {
            if (!formerSlugs.TryGetValue(item.AreaSlug, out var slugs))
            {
                continue; // an unknown area is already reported (SEND301)
            }
            if (!slugs.Contains(item.FormerArea!))
            {
                var known = slugs.Count == 0 ? "it lists none" : "it lists " + string.Join(", ", slugs.Order(StringComparer.Ordinal));
                diagnostics.Add(Diagnostic.Error(item.Source.At("former_area"), DiagnosticCodes.UnknownFormerArea,
                    $"former_area '{item.FormerArea}' is not a former slug of '{item.AreaSlug}' ({known}).",
                    $"Add the old area to {item.AreaSlug}'s former_names in areas.yml (name, slug, until), or correct former_area."));
                continue;
            }
            if (claimed.TryGetValue((item.FormerArea!, item.Id), out var other))
            {
                diagnostics.Add(Diagnostic.Error(item.Source.At("former_area"), DiagnosticCodes.FormerAreaIdClash,
                    $"The {item.Noun} {item.Id} of '{item.FormerArea}' is also at {other.File}; both would claim its old address /areas/{item.FormerArea}/.",
                    $"Keep the {item.Noun} in one successor's folder only."));
                continue;
            }
            claimed[(item.FormerArea!, item.Id)] = item.Source;
        }
    }
}
