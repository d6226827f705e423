namespace SendSite.Rendering.Markdown.RawHtml;

/// <summary>Reads what kind of raw HTML an author wrote, to name it in messages and to recognise comments.</summary>
internal static class RawHtmlText
{
    private const string CommentStart = "<!--";
    private const string ClosingTagStart = "</";
    private const int LongestNameShown = 20;

    public static bool IsComment(string rawHtml) => rawHtml.TrimStart().StartsWith(CommentStart, StringComparison.Ordinal);

    public static bool IsClosingTag(string rawHtml) => rawHtml.StartsWith(ClosingTagStart, StringComparison.Ordinal);

    /// <summary>The lower-case tag name of the first tag in <paramref name="rawHtml"/>: "div" for &lt;div class="x"&gt; or &lt;/div&gt;.</summary>
    public static string TagName(string rawHtml)
    {
        var start = rawHtml.IndexOf('<') + 1;
        if (start < rawHtml.Length && rawHtml[start] == '/')
        {
            start++;
        }

        var end = start;
        while (end < rawHtml.Length && end - start < LongestNameShown
            && !char.IsWhiteSpace(rawHtml[end]) && rawHtml[end] is not ('>' or '/'))
        {
            end++;
        }

        return rawHtml[start..end].ToLowerInvariant();
    }
}
