namespace SendSite.Gate;

/// <summary>One HTML file of the built site as the link check and page selection need it, read once.</summary>
/// <param name="Path">Site-relative, forward slashes, e.g. <c>areas/leeds/index.html</c>.</param>
/// <param name="Template">The value of <c>body[data-template]</c>, or empty when the page does not say.</param>
/// <param name="Anchors">Every <c>id</c> and <c>a[name]</c>, the targets a <c>#fragment</c> can reach.</param>
/// <param name="References">Every href/src the page points at, with its element.</param>
/// <param name="IsRedirect">A redirect page (meta refresh): its links are checked, but a browser would leave it at once, so it is not scanned.</param>
/// <param name="Components">What the main content is made of (<see cref="PageComponents"/>), sorted: the Tab walks sample by it. Null: nothing known.</param>
public sealed record SitePage(
    string Path, string Template, IReadOnlySet<string> Anchors, IReadOnlyList<PageReference> References, bool IsRedirect = false,
    IReadOnlyList<string>? Components = null)
{
    /// <summary>The not-found page: hosts serve it at any missing address, so it is checked as served from one.</summary>
    public bool IsServedAnywhere => NotFoundPage.Is(Path);

    /// <summary>Where the browser and the link check see the page from: its own place, or a deep missing address.</summary>
    public string ServedAt => IsServedAnywhere ? NotFoundPage.ServedAt : Path;
}
