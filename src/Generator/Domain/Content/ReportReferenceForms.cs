using SendSite.Domain.Calendar;

namespace SendSite.Domain.Content;

/// <summary>
/// Each of an area's reports written in every form <c>responds_to</c> accepts, for the messages that ask an
/// author which report they meant: they can copy whichever form they recognise.
/// </summary>
public static class ReportReferenceForms
{
    public static string List(IEnumerable<Report> areaReports, string areaSlug)
    {
        var lines = areaReports
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => $"{r.Id} ({(r.Kind == InspectionKind.Full ? "full inspection" : "monitoring inspection")}): " +
                         $"address /areas/{areaSlug}/reports/{r.Id}/, published {DisplayDates.Long(DisplayDates.UkDate(r.Published))} " +
                         $"({DisplayDates.Iso(DisplayDates.UkDate(r.Published))}), inspection started {DisplayDates.Long(r.InspectionStart)} ({DisplayDates.Iso(r.InspectionStart)})")
            .ToList();
        return lines.Count == 0 ? $"reports/{areaSlug}/ has no reports yet." : string.Join("; ", lines) + ".";
    }
}
