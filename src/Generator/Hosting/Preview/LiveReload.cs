using System.Net;
using System.Text;

namespace SendSite.Hosting.Preview;

/// <summary>
/// What `serve` adds to HTML as it sends it, and only then (built files are never changed): a small script that
/// polls <see cref="VersionPath"/> and reloads the page when a new build (or a new error) is ready, and, while
/// the latest rebuild has failed, a banner listing its errors above the last good build.
/// </summary>
public static partial class LiveReload
{
    public const string VersionPath = "/__send-site/version";

    // Polling rather than a held-open connection: it survives the server restarting and needs nothing but fetch.
    [System.Text.RegularExpressions.GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ContentSecurityPolicyMeta();

    private const string Script =
        "<script>/* send-site serve: live reload, preview only */(function(){var seen=null;" +
        "function poll(){fetch('" + VersionPath + "',{cache:'no-store'}).then(function(r){return r.text();})" +
        ".then(function(v){if(seen===null){seen=v;}else if(v!==seen){location.reload();return;}setTimeout(poll,500);})" +
        ".catch(function(){setTimeout(poll,2000);});}poll();})();</script>";

    /// <summary>The page with the reload script before &lt;/body&gt; and, when there are errors, the banner after &lt;body&gt;.</summary>
    public static string Inject(string html, IReadOnlyList<string> errors)
    {
        // The preview's own script and banners are inline, which the published pages' policy forbids: the preview
        // drops the policy from what it sends (the built files keep it, and the gate checks them under it).
        html = ContentSecurityPolicyMeta().Replace(html, "", 1);
        var closing = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = closing < 0 ? html + Script : html.Insert(closing, Script);
        if (errors.Count == 0)
        {
            return html;
        }
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = body < 0 ? -1 : html.IndexOf('>', body);
        return bodyEnd < 0 ? Banner(errors) + html : html.Insert(bodyEnd + 1, Banner(errors));
    }

    /// <summary>A whole page for when no build has worked yet: only the errors, and the script to reload once fixed.</summary>
    public static string ErrorPage(IReadOnlyList<string> errors) =>
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Preview: the site could not be built</title></head><body>"
        + Banner(errors) + Script + "</body></html>";

    private static string Banner(IReadOnlyList<string> errors)
    {
        var text = new StringBuilder()
            .Append("<div role=\"alert\" style=\"border:5px solid #d4351c;background:#fff;color:#0b0c0c;padding:15px;margin:0;font:16px/1.4 Arial,sans-serif\">")
            .Append("<h2 style=\"margin:0 0 10px;font-size:24px\">The preview could not be rebuilt</h2>")
            .Append("<p style=\"margin:0 0 10px\">You are seeing the last version that worked. Fix these problems and save; this page reloads by itself.</p><ul>");
        foreach (var error in errors)
        {
            text.Append("<li style=\"margin-bottom:5px;white-space:pre-wrap\">").Append(WebUtility.HtmlEncode(error)).Append("</li>");
        }
        return text.Append("</ul></div>").ToString();
    }
}
