using System.Text;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Gives headings GitHub-style anchor ids ("Areas for priority action" becomes "areas-for-priority-action"),
/// unique within one document by numbering repeats (-2, -3, ...). An id depends only on the heading's text and
/// the headings before it, so links people share keep working when the page is rebuilt. Ids the page template
/// gives its own elements (<see cref="PageTemplateIds"/>) are never taken: such a heading is numbered as a repeat.
/// One instance per document.
/// </summary>
internal sealed class HeadingIds
{
    /// <summary>The id of a heading with no letters or digits at all (for example one made only of symbols).</summary>
    private const string FallbackId = "section";

    private const char Separator = '-';

    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string Next(string headingText)
    {
        var baseId = Slug(headingText);
        var id = baseId;
        for (var number = 2; PageTemplateIds.IsTaken(id) || !used.Add(id); number++)
        {
            id = $"{baseId}{Separator}{number}";
        }

        return id;
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        var separatorPending = false;
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character) || character == '_')
            {
                if (separatorPending && slug.Length > 0)
                {
                    slug.Append(Separator);
                }

                separatorPending = false;
                slug.Append(char.ToLowerInvariant(character));
            }
            else if (char.IsWhiteSpace(character) || character == Separator)
            {
                separatorPending = true;
            }
        }

        return slug.Length == 0 ? FallbackId : slug.ToString();
    }
}
