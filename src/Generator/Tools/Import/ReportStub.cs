using System.Globalization;
using System.Text;
using SendSite.Domain.Content;

namespace SendSite.Tools.Import;

/// <summary>
/// The report file an imported inspection becomes: only what Ofsted's data records, with no invented text.
/// The text depends on nothing but the row, so importing the same row again gives the same bytes.
/// </summary>
public static class ReportStub
{
    /// <summary>The value of <c>source</c> that marks a report as imported (and rewritten by every import).</summary>
    public const string SourceValue = "ofsted-mi";

    public const string SourceLine = "source: " + SourceValue;

    public static string Text(ImportedInspection row)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("# Imported from Ofsted's \"Area SEND inspections and outcomes in England: management information\".\n");
        text.Append("# `import` rewrites this file. To write the report's findings here by hand, delete the source line.\n");
        foreach (var (key, value) in Fields(row))
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }
        text.Append("---\n");
        return text.ToString();
    }

    /// <summary>The front matter, key by key, in the order written; also what "updated (which fields)" compares.</summary>
    public static IReadOnlyList<(string Key, string Value)> Fields(ImportedInspection row) =>
    [.. AllFields(row).Where(f => f.Value is not null).Select(f => (f.Key, f.Value!))];

    private static IEnumerable<(string Key, string? Value)> AllFields(ImportedInspection row) =>
    [
        ("area", row.Area.Slug),
        ("kind", "full-inspection"),
        ("source", SourceValue),
        ("inspection_start", row.InspectionStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("published", row.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z"),
        ("status", "approved"),
        ("outcome", OutcomeStatements.Slug(row.Outcome)),
        ("priority_action_count", row.PriorityActionCount.ToString(CultureInfo.InvariantCulture)),
        ("official_report", row.OfficialReport?.AbsoluteUri), // a CSV export loses it: then the field is left out, not invented
    ];

    /// <summary>The top-level "key: value" lines of a file's front matter, for telling which fields an update changes.</summary>
    public static IReadOnlyDictionary<string, string> ReadFields(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 1; i < lines.Length && lines[i] != "---"; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !lines[i].StartsWith('#') && !lines[i].StartsWith(' '))
            {
                fields[lines[i][..colon]] = lines[i][(colon + 1)..].Trim();
            }
        }
        return fields;
    }

    public static bool IsImported(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Contains(SourceLine);
}
