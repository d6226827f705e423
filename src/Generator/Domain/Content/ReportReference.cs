using System.Globalization;
using SendSite.Domain.Calendar;

namespace SendSite.Domain.Content;

/// <summary>
/// What a plan's <c>responds_to</c> may say, and which of its area's reports that means. Officers copy what
/// they can see: the report's file name (its id), its address on the site, the day it was published (the
/// date the area page shows) or the day the inspection started. A date can match more than one report (a
/// publication day of one and the start of another), so a value gives every report it could mean, and a
/// caller treats more than one as a question to ask, never a guess.
/// </summary>
public static class ReportReference
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd d MMMM yyyy"];

    /// <summary>The area's reports that <paramref name="value"/> can mean: one, none, or several when it is ambiguous.</summary>
    public static IReadOnlyList<Report> Candidates(string value, string areaSlug, IEnumerable<Report> areaReports)
    {
        var reports = areaReports as IReadOnlyCollection<Report> ?? [.. areaReports];
        var text = value.Trim();
        if (reports.FirstOrDefault(r => r.Id == text) is { } exact)
        {
            return [exact];
        }
        if (IdInAddress(text) is { } address)
        {
            return address.Area == areaSlug && reports.FirstOrDefault(r => r.Id == address.Id) is { } linked ? [linked] : [];
        }
        if (ParseDate(text) is { } day)
        {
            return [.. reports
                .Where(r => r.InspectionStart == day || DisplayDates.UkDate(r.Published) == day)
                .OrderBy(r => r.Id, StringComparer.Ordinal)];
        }
        return [];
    }

    /// <summary>The one report <paramref name="value"/> means, or null when it means none or several.</summary>
    public static Report? Resolve(string value, string areaSlug, IEnumerable<Report> areaReports) =>
        Candidates(value, areaSlug, areaReports) is [var only] ? only : null;

    /// <summary>
    /// The area and report id of a report's address, absolute or from the site's root, with or without the
    /// final slash: "https://example.org/site/areas/x/reports/2024-09-16-full-inspection/" gives (x, 2024-09-16-full-inspection).
    /// </summary>
    public static (string Area, string Id)? IdInAddress(string text)
    {
        var path = text.Split('?', '#')[0];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 3 < segments.Length; i++)
        {
            if (segments[i] == "areas" && segments[i + 2] == "reports")
            {
                var id = segments[i + 3].EndsWith(".html", StringComparison.Ordinal) ? null : segments[i + 3];
                return id is null ? null : (segments[i + 1], id);
            }
        }
        return null;
    }

    /// <summary>A day written as 2024-11-05, 5/11/2024 or 5 November 2024 (the way the site shows dates).</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var day) ? day : null;
}
