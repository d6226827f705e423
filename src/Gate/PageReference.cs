namespace SendSite.Gate;

/// <summary>A URL in a page (an <c>href</c>, <c>src</c> or <c>srcset</c> candidate), where it is and which element holds it.</summary>
/// <param name="Loads">The browser fetches it to show the page (a stylesheet, script, image, ...), as opposed to a link the reader may follow or a feed the page names.</param>
public sealed record PageReference(string Element, string Attribute, string Url, int Line, bool Loads = false)
{
    /// <summary>A selector a person can paste into the browser's console to find the element.</summary>
    public string Selector => $"{Element}[{Attribute}=\"{Url.Replace("\"", "\\\"")}\"]";
}
