using System.Text;
using System.Text.RegularExpressions;

namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// A column heading in the form headings are compared in: lower case, any run of spaces or line breaks as one
/// space, footnote markers such as "[note 3]" dropped, and trailing punctuation ("?", ".", ":", "*") dropped, so
/// "Priority action plan required?", "priority action plan required" and "Priority  action plan required? [note 2]"
/// are one heading.
/// </summary>
public static partial class HeaderText
{
    [GeneratedRegex(@"[\[(]\s*notes?\s*[0-9, and]*[\])]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarker();

    public static string Normalise(string heading)
    {
        var text = new StringBuilder(heading.Length);
        var space = false;
        foreach (var c in NoteMarker().Replace(heading, " ").ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }
            if (space)
            {
                text.Append(' ');
                space = false;
            }
            text.Append(c);
        }
        return text.ToString().TrimEnd('?', '.', ':', '*', ' ');
    }
}
