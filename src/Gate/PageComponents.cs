using AngleSharp.Dom;

namespace SendSite.Gate;

/// <summary>
/// What a page is made of, as far as keyboard and layout are concerned: the components in its main content,
/// named by element and component class (GOV.UK Frontend's and the site's own BEM blocks), a table also by what
/// holds it (a table in a scrolling wrapper and one straight in the column behave differently at 320px), a
/// chart, a long list. Two pages of one template with the same set are walked once; a page with a combination
/// no other page has is walked itself. Classes that only style text or spacing are left out: every page has them.
/// </summary>
public static class PageComponents
{
    /// <summary>A list with more items than this is a long list (a Tab walk through it is a component of its own).</summary>
    public const int LongListItems = 25;

    private static readonly string[] PlainClassPrefixes =
    [
        "govuk-body", "govuk-heading-", "govuk-caption-", "govuk-link", "govuk-list", "govuk-visually-hidden",
        "govuk-grid-", "govuk-!-", "govuk-main-wrapper", "govuk-width-container", "govuk-section-break",
    ];

    private static readonly HashSet<string> InteractiveElements = new(StringComparer.Ordinal)
    {
        "details", "form", "input", "select", "textarea", "button", "iframe", "video", "audio", "object", "embed",
    };

    /// <summary>The sorted, distinct components of the page's main element (of the body when it has none).</summary>
    public static IReadOnlyList<string> Of(IDocument document)
    {
        var root = document.QuerySelector("main") ?? document.Body;
        if (root is null)
        {
            return [];
        }
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in root.Descendants<IElement>())
        {
            if (Name(element) is { } name)
            {
                found.Add(name);
            }
        }
        return [.. found];
    }

    private static string? Name(IElement element)
    {
        var tag = element.LocalName;
        var blocks = element.ClassList.Where(IsComponentClass).Order(StringComparer.Ordinal).ToList();
        var named = blocks.Count == 0 ? tag : $"{tag}.{string.Join('.', blocks)}";
        if (tag == "table")
        {
            return $"{named} in {Holder(element)}";
        }
        if (tag == "svg")
        {
            return element.ParentElement?.Closest("svg") is null ? named : null;
        }
        if (tag is "ul" or "ol" && element.Children.Count(child => child.LocalName == "li") > LongListItems)
        {
            return $"{named} (long list)";
        }
        return blocks.Count > 0 || InteractiveElements.Contains(tag) ? named : null;
    }

    /// <summary>The nearest ancestor with a class, as tag.classes: what decides how wide a table may grow.</summary>
    private static string Holder(IElement table)
    {
        for (var parent = table.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.ClassList.Length > 0)
            {
                return $"{parent.LocalName}.{string.Join('.', parent.ClassList.Order(StringComparer.Ordinal))}";
            }
        }
        return "the page";
    }

    /// <summary>A BEM block (no __element, no --modifier) that is a component rather than typography or spacing.</summary>
    private static bool IsComponentClass(string name) =>
        (name.StartsWith("govuk-", StringComparison.Ordinal) || name.StartsWith("app-", StringComparison.Ordinal))
        && !name.Contains("__", StringComparison.Ordinal) && !name.Contains("--", StringComparison.Ordinal)
        && !PlainClassPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
}
