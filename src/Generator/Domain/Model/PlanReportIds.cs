using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>
/// Rewrites each plan's <c>responds_to</c> as its report's id when the author wrote the report's address, its
/// publication day or its start day (see <see cref="ReportReference"/>), so every page, link and deadline
/// works from one form. A value that means no report or several is left as written: validation has refused it.
/// </summary>
public static class PlanReportIds
{
    public static IEnumerable<Plan> Canonical(IEnumerable<Plan> plans, IReadOnlyList<Report> reports)
    {
        var ids = reports.Select(r => (r.AreaSlug, r.Id)).ToHashSet();
        ILookup<string, Report>? byArea = null; // only made when some plan names its report another way
        foreach (var plan in plans)
        {
            if (ids.Contains((plan.AreaSlug, plan.RespondsTo)))
            {
                yield return plan;
                continue;
            }
            byArea ??= reports.ToLookup(r => r.AreaSlug, StringComparer.Ordinal);
            var report = ReportReference.Resolve(plan.RespondsTo, plan.AreaSlug, byArea[plan.AreaSlug]);
            yield return report is null ? plan : plan with { RespondsTo = report.Id };
        }
    }
}
