using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// The result of rendering one Markdown body: safe HTML ready to drop into a layout, the level 2 and 3 headings
/// for the contents list, and every problem found (an error means the page must not be published).
/// </summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<HeadingInfo> Headings, IReadOnlyList<Diagnostic> Diagnostics);
