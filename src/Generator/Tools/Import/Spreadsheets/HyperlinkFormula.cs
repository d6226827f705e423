using System.Text.RegularExpressions;

namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// The address in a cell's HYPERLINK formula, as OpenDocument writes it: <c>of:=HYPERLINK("https://...";"Report
/// webpage")</c>. Only a literal first argument is taken: an address built by a formula from other cells cannot
/// be known without evaluating the sheet, so such a cell counts as having no address.
/// </summary>
public static partial class HyperlinkFormula
{
    [GeneratedRegex("""HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[;,)]""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static string? Address(string? formula)
    {
        if (formula is null)
        {
            return null;
        }
        var match = Pattern().Match(formula);
        return match.Success ? match.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal).Trim() : null;
    }
}
