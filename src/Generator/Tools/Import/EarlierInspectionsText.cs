using System.Globalization;
using System.Text;
using SendSite.Domain.Content;

namespace SendSite.Tools.Import;

/// <summary>
/// input/earlier-inspections.yml as `import` writes it: a fixed header, then one block per area as inspected,
/// in code order, so the same rows always give the same bytes. Each block starts with its <c>- code:</c> line,
/// which is how <see cref="Blocks"/> finds them again to say which areas a newer file changed.
/// </summary>
public static class EarlierInspectionsText
{
    public const string SourceValue = "ofsted-statistics-2016-2022";
    public const string SourceLine = "source: " + SourceValue;
    private const string BlockStart = "  - code: ";

    public const string Header =
        "# Inspections under the 2016-2022 framework (local area SEND inspections and revisits), imported from Ofsted's\n"
        + "# official statistics \"Area SEND inspection and revisit outcomes from inspections and revisits carried out by\n"
        + "# 31 August 2022\". `import` rewrites this file. To keep it as written by hand, delete the source line.\n"
        + SourceLine + "\n"
        + "inspections:\n";

    public static string Block(ImportedEarlierInspection row)
    {
        var text = new StringBuilder();
        text.Append(BlockStart).Append(row.Area.Code).Append('\n');
        text.Append("    name: ").Append(Quoted(row.Area.Name)).Append('\n');
        text.Append("    areas:\n");
        foreach (var slug in row.Area.Areas)
        {
            text.Append("      - ").Append(slug).Append('\n');
        }
        if (row.OfstedPage is { } page)
        {
            text.Append("    ofsted_page: ").Append(Quoted(page.AbsoluteUri)).Append('\n');
        }
        text.Append("    inspection_start: ").Append(Date(row.InspectionStart)).Append('\n');
        text.Append("    published: ").Append(Date(row.Published)).Append('\n');
        text.Append("    written_statement_required: ").Append(row.WrittenStatementRequired ? "true" : "false").Append('\n');
        if (row.SignificantWeaknesses is { } weaknesses)
        {
            text.Append("    significant_weaknesses: ").Append(Number(weaknesses)).Append('\n');
        }
        if (row.Revisit is { } revisit)
        {
            text.Append("    revisit:\n");
            text.Append("      start: ").Append(Date(revisit.Start)).Append('\n');
            if (revisit.Published is { } published)
            {
                text.Append("      published: ").Append(Date(published)).Append('\n');
            }
            if (revisit.Progress is { } progress)
            {
                text.Append("      sufficient_progress: ").Append(RevisitProgressValues.Value(progress)).Append('\n');
            }
            if (revisit.WeaknessesWithProgress is { } with)
            {
                text.Append("      weaknesses_with_progress: ").Append(Number(with)).Append('\n');
            }
            if (revisit.WeaknessesWithoutProgress is { } without)
            {
                text.Append("      weaknesses_without_progress: ").Append(Number(without)).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>The blocks of a file this class wrote, by code; empty for any other text.</summary>
    public static IReadOnlyDictionary<string, string> Blocks(string text)
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = text.IndexOf("\ninspections:\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return blocks;
        }
        var body = text[(start + "\ninspections:\n".Length)..];
        var parts = body.Split("\n" + BlockStart, StringSplitOptions.None);
        for (var i = 0; i < parts.Length; i++)
        {
            var block = (i == 0 ? parts[i] : BlockStart + parts[i]).TrimEnd('\n') + "\n";
            if (block.StartsWith(BlockStart, StringComparison.Ordinal))
            {
                var code = block[BlockStart.Length..block.IndexOf('\n', StringComparison.Ordinal)].Trim();
                blocks[code] = block;
            }
        }
        return blocks;
    }

    public static bool IsImported(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Contains(SourceLine);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar: names hold apostrophes and commas ("St Elvery's"), addresses hold colons.</summary>
    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
