using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// Checks rendered HTML as a browser would read it (entities decoded by AngleSharp), against a list written
/// here independently of the renderer's own allow-list, so a mistake in one is caught by the other.
/// </summary>
public static class PublishedHtmlAssert
{
    private static readonly HtmlParser Parser = new();

    private static readonly Dictionary<string, string[]> AllowedAttributes = new(StringComparer.Ordinal)
    {
        ["p"] = ["class"], ["h2"] = ["id", "class"], ["h3"] = ["id", "class"], ["h4"] = ["id", "class"],
        ["h5"] = ["id", "class"], ["h6"] = ["id", "class"], ["ul"] = ["class"], ["ol"] = ["start", "class"],
        ["li"] = [], ["a"] = ["href", "class"], ["strong"] = [], ["em"] = [], ["code"] = [], ["pre"] = [],
        ["blockquote"] = [], ["table"] = ["class"], ["thead"] = ["class"], ["tbody"] = ["class"],
        ["tr"] = ["class"], ["th"] = ["class", "scope"], ["td"] = ["class"], ["hr"] = ["class"], ["br"] = [],
        ["img"] = ["src", "alt"], ["div"] = ["class", "tabindex", "role", "aria-label"],
    };

    private static readonly string[] RefusedSchemes = ["javascript:", "vbscript:", "data:", "file:"];

    public static void IsSafe(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);

        var body = Parser.ParseDocument(html).Body!;
        foreach (var element in body.Descendants<IElement>())
        {
            Assert.True(
                AllowedAttributes.TryGetValue(element.LocalName, out var allowed),
                $"<{element.LocalName}> is not allowed in published HTML: {html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"Event handler {attribute.Name} in {html}");
                Assert.Contains(attribute.Name, allowed);
                var squeezed = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                foreach (var scheme in RefusedSchemes)
                {
                    Assert.DoesNotContain(scheme, squeezed, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        Assert.Empty(body.Descendants<IComment>());
    }
}
