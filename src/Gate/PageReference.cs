namespace SendSite.Gate;

/// <summary>A URL in a page (an <c>href</c>, <c>src</c> or <c>srcset</c> candidate), where it is and which element holds it.</summary>
public sealed record PageReference(string Element, string Attribute, string Url, int Line)
{
    /// <summary>A selector a person can paste into the browser's console to find the element.</summary>
    public string Selector => $"{Element}[{Attribute}=\"{Url.Replace("\"", "\\\"")}\"]";
}
