using System.Collections.Frozen;
using AngleSharp.Dom;

namespace SendSite.Rendering.Markdown.SafeHtml;

/// <summary>
/// The only elements and attributes a rendered body may contain: exactly what Markdig makes from the Markdown
/// this site accepts. Anything else would mean raw HTML got through, so it is removed whatever it is.
/// </summary>
internal static class HtmlAllowList
{
    private static readonly FrozenSet<string> NoAttributes = FrozenSet<string>.Empty;
    private static readonly FrozenSet<string> HeadingAttributes = FrozenSet.Create(StringComparer.Ordinal, AttributeNames.Id);

    private static readonly FrozenDictionary<string, FrozenSet<string>> AttributesByElement =
        new Dictionary<string, FrozenSet<string>>
        {
            [TagNames.P] = NoAttributes,
            [TagNames.H2] = HeadingAttributes,
            [TagNames.H3] = HeadingAttributes,
            [TagNames.H4] = HeadingAttributes,
            [TagNames.H5] = HeadingAttributes,
            [TagNames.H6] = HeadingAttributes,
            [TagNames.Ul] = NoAttributes,
            [TagNames.Ol] = FrozenSet.Create(StringComparer.Ordinal, AttributeNames.Start),
            [TagNames.Li] = NoAttributes,
            [TagNames.A] = FrozenSet.Create(StringComparer.Ordinal, AttributeNames.Href),
            [TagNames.Strong] = NoAttributes,
            [TagNames.Em] = NoAttributes,
            [TagNames.Code] = NoAttributes,
            [TagNames.Pre] = NoAttributes,
            [TagNames.BlockQuote] = NoAttributes,
            [TagNames.Table] = NoAttributes,
            [TagNames.Thead] = NoAttributes,
            [TagNames.Tbody] = NoAttributes,
            [TagNames.Tr] = NoAttributes,
            [TagNames.Th] = NoAttributes,
            [TagNames.Td] = NoAttributes,
            [TagNames.Hr] = NoAttributes,
            [TagNames.Br] = NoAttributes,
            [TagNames.Img] = FrozenSet.Create(StringComparer.Ordinal, AttributeNames.Src, AttributeNames.Alt),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Elements removed together with everything inside them: their content is code, styling or embedded
    /// documents, never words meant for the reader. Other unknown elements are unwrapped, keeping their text.
    /// </summary>
    private static readonly FrozenSet<string> RemovedWithContent = FrozenSet.Create(
        StringComparer.Ordinal,
        TagNames.Script, TagNames.Style, TagNames.Iframe, TagNames.Frame, TagNames.Frameset, TagNames.NoFrames,
        TagNames.Object, TagNames.Embed, TagNames.Applet, TagNames.Param, TagNames.Template, TagNames.NoScript,
        TagNames.NoEmbed, TagNames.Svg, TagNames.Math, TagNames.Textarea, TagNames.Title, TagNames.Xmp,
        TagNames.Plaintext, TagNames.Select, TagNames.Option, TagNames.Form, TagNames.Input, TagNames.Button,
        TagNames.Canvas, TagNames.Audio, TagNames.Video, TagNames.Source, TagNames.Track, TagNames.Link,
        TagNames.Meta, TagNames.Base, TagNames.Head);

    public static bool IsRemovedWithContent(string elementName) => RemovedWithContent.Contains(elementName);

    public static bool IsAllowed(string elementName) => AttributesByElement.ContainsKey(elementName);

    public static bool IsAllowedAttribute(string elementName, string attributeName) =>
        AttributesByElement.TryGetValue(elementName, out var attributes) && attributes.Contains(attributeName);
}
