using SendSite.Rendering.Markdown;

namespace SendSite.Site.Views;

/// <summary>A report body after its alternative provision section, if any, was given its permanent id.</summary>
public sealed record MarkedBody(string Html, IReadOnlyList<HeadingInfo> Headings, bool Marked);
