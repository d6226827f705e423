using Markdig.Renderers;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>The source lines of a block written as escaped text: code blocks, and raw HTML shown as the text typed.</summary>
internal static class BodyLines
{
    /// <param name="lineBetween">True to put line ends only between lines; false to end every line.</param>
    public static void Write(HtmlRenderer renderer, LeafBlock block, bool lineBetween)
    {
        var lines = block.Lines;
        if (lines.Lines is null)
        {
            return;
        }

        for (var index = 0; index < lines.Count; index++)
        {
            if (lineBetween && index > 0)
            {
                renderer.WriteLine();
            }

            var slice = lines.Lines[index].Slice;
            if (slice.Start <= slice.End)
            {
                HtmlText.Write(renderer, slice.Text, slice.Start, slice.Length);
            }

            if (!lineBetween)
            {
                renderer.WriteLine();
            }
        }
    }
}
