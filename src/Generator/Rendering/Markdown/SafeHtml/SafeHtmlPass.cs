using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SendSite.Rendering.Markdown.SafeHtml;

/// <summary>
/// One pass over the rendered HTML, parsed as a browser would parse it: defence in depth (anything outside
/// <see cref="HtmlAllowList"/> is removed, every link target is judged again after entity decoding) and
/// presentation (GOV.UK Frontend classes, table scope and scrolling regions). Doing both in one pass keeps
/// the cost to a single parse per document.
/// </summary>
internal static class SafeHtmlPass
{
    // Parsers keep no state between calls, so one serves every thread.
    private static readonly HtmlParser Parser = new();

    public static string Apply(string html, int folderDepth)
    {
        var document = Parser.ParseDocument(html);
        var body = document.Body!;
        CleanChildren(body, folderDepth);
        return body.InnerHtml;
    }

    private static void CleanChildren(INode parent, int folderDepth)
    {
        // The next sibling is taken before a child is cleaned: cleaning may remove, unwrap or wrap the child,
        // but never touches what follows it.
        for (var child = parent.FirstChild; child is not null; )
        {
            var next = child.NextSibling;
            switch (child)
            {
                case IText:
                    break;
                case IElement element:
                    CleanElement(element, folderDepth);
                    break;
                default:
                    // Comments, processing instructions: nothing a reader needs.
                    child.RemoveFromParent();
                    break;
            }

            child = next;
        }
    }

    private static void CleanElement(IElement element, int folderDepth)
    {
        var name = element.LocalName;
        if (element.NamespaceUri != NamespaceNames.HtmlUri || HtmlAllowList.IsRemovedWithContent(name))
        {
            element.Remove();
            return;
        }

        CleanChildren(element, folderDepth);
        if (!HtmlAllowList.IsAllowed(name) || !HasSafeTarget(element, folderDepth))
        {
            if (name == TagNames.Img)
            {
                element.Remove();
            }
            else
            {
                Unwrap(element);
            }

            return;
        }

        var classes = GovukClasses.For(name);
        var numericModifier = TableCells.IsRightAligned(element) ? TableCells.NumericModifier(name) : null;
        if (numericModifier is not null)
        {
            classes = $"{classes} {numericModifier}";
        }

        RemoveAttributesNotAllowed(element);
        if (classes is not null)
        {
            element.SetAttribute(AttributeNames.Class, classes);
        }

        TableCells.MarkColumnHeader(element);
        if (name == TagNames.Table)
        {
            TableWrapper.Wrap(element);
        }
    }

    private static bool HasSafeTarget(IElement element, int folderDepth)
    {
        var name = element.LocalName;
        var target = name == TagNames.A ? element.GetAttribute(AttributeNames.Href)
            : name == TagNames.Img ? element.GetAttribute(AttributeNames.Src) ?? string.Empty
            : null;
        return target is null || LinkTargetPolicy.FindProblem(target, folderDepth) is null;
    }

    private static void RemoveAttributesNotAllowed(IElement element)
    {
        if (element.Attributes.Length == 0)
        {
            return;
        }

        foreach (var attribute in element.Attributes.ToArray())
        {
            if (!HtmlAllowList.IsAllowedAttribute(element.LocalName, attribute.Name))
            {
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }

        element.Remove();
    }
}
