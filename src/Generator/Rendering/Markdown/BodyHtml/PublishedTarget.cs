using System.Net;
using Markdig.Renderers;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// The target of a link or image exactly as a browser will read it from the page, judged once more by
/// <see cref="LinkTargetPolicy"/>. <see cref="LinkTargetCheck"/> already judged the target the author wrote;
/// this second judgement is defence in depth on what is actually published: Markdig's URL escaping
/// (percent-encoding, &amp;amp;), then entity decoding as a browser does it, so a target that only becomes
/// dangerous once written into HTML and decoded again is refused too.
/// One instance per document: it reuses one buffer for every target.
/// </summary>
internal sealed class PublishedTarget(int folderDepth)
{
    private readonly StringWriter escapedUrl = new();
    private HtmlRenderer? urlWriter;

    /// <summary>The decoded target to publish, or null when the link or image must not be published.</summary>
    public string? Judge(string? prefix, string? url)
    {
        var buffer = escapedUrl.GetStringBuilder();
        buffer.Clear();
        buffer.Append(prefix);

        // Markdig's own URL escaping, so the published target is the one Markdig has always written.
        urlWriter ??= new HtmlRenderer(escapedUrl);
        urlWriter.WriteEscapeUrl(url);
        var decoded = WebUtility.HtmlDecode(buffer.ToString());
        return LinkTargetPolicy.FindProblem(decoded, folderDepth) is null ? decoded : null;
    }
}
