using System.Text;

namespace SendSite.Site.Views;

/// <summary>Turns words into a lower-case, hyphenated anchor: "North East, Yorkshire and the Humber" → "north-east-yorkshire-and-the-humber".</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }
}
