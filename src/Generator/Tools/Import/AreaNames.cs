using System.Text;

namespace SendSite.Tools.Import;

/// <summary>
/// Reduces an area's name to the form sources agree on, so "Bristol, City of", "City of Bristol" and "Bristol"
/// meet, as do "County Durham" and "Durham", "St. Helens" and "St Helens", "Brighton & Hove" and "Brighton
/// and Hove", "Stoke-on-Trent" and "Stoke on Trent". Letters are lower-cased; "&amp;" becomes "and";
/// punctuation becomes space; the words "city of", "county of" and "county" are dropped; "saint" becomes "st".
/// </summary>
public static class AreaNames
{
    private static readonly string[] DroppedPhrases = ["city of", "county of", "county"];

    public static string Normalise(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal))
        {
            text.Append(char.IsLetterOrDigit(c) ? c : c is '\'' or '\u2019' ? '\0' : ' ');
        }
        var words = text.ToString().Replace("\0", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "saint" ? "st" : w)
            .ToList();
        var joined = " " + string.Join(' ', words) + " ";
        foreach (var phrase in DroppedPhrases)
        {
            joined = joined.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }
        return joined.Trim();
    }
}
