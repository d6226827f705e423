using Markdig.Renderers.Html;
using Markdig.Syntax;
using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Checks the body's heading structure and gives every heading its anchor id. The page layout owns the only
/// level 1 heading, so a body starts at level 2 and never skips a level: screen reader users navigate by
/// headings and a gap makes them think they missed a section.
/// </summary>
internal static class HeadingOutline
{
    private const int PageTitleLevel = 1;
    private const int DeepestContentsLevel = 3;

    /// <summary>Sets ids and reports problems; returns the level 2 and 3 headings for the contents list.</summary>
    public static IReadOnlyList<HeadingInfo> Apply(
        IEnumerable<HeadingBlock> headings, MarkdownSource source, List<Diagnostic> diagnostics)
    {
        var ids = new HeadingIds();
        var contents = new List<HeadingInfo>();
        var previousLevel = PageTitleLevel;
        foreach (var heading in headings)
        {
            var text = InlineText.Of(heading.Inline);
            if (heading.Level == PageTitleLevel)
            {
                diagnostics.Add(Diagnostic.Error(
                    source.At(heading),
                    DiagnosticCodes.TopLevelHeadingInBody,
                    $"The heading '{text}' is a level 1 heading (#), but the page title is already the level 1 heading.",
                    "Start headings in the body at level 2 (## Heading)."));

                // Shown as level 2 so the rest of the outline is judged as the author most likely meant it.
                heading.Level = PageTitleLevel + 1;
            }
            else if (heading.Level > previousLevel + 1)
            {
                diagnostics.Add(Diagnostic.Error(
                    source.At(heading),
                    DiagnosticCodes.SkippedHeadingLevel,
                    $"The heading '{text}' is level {heading.Level} but comes after a level {previousLevel} heading, skipping a level.",
                    $"Make it a level {previousLevel + 1} heading ({new string('#', previousLevel + 1)} {text}), or add the missing level above it."));
            }

            previousLevel = heading.Level;
            var id = ids.Next(text);
            heading.GetAttributes().Id = id;
            if (heading.Level <= DeepestContentsLevel)
            {
                contents.Add(new HeadingInfo(heading.Level, text, id));
            }
        }

        return contents;
    }
}
