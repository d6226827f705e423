using System.Text.RegularExpressions;
using SendSite.Engine;
using SendSite.Input.Loading;
using SendSite.Rendering.Templates;
using SendSite.Site.Session;

namespace SendSite.Site.Pipelines;

/// <summary>
/// Copies the theme's assets and the front-end packages into /assets/. GOV.UK Frontend's stylesheet is
/// rewritten on the way: this site is not GOV.UK, so the GDS Transport font (licensed to GOV.UK only)
/// is removed and text falls back to Arial.
/// </summary>
public sealed partial class Assets : IPipeline<BuildContext>
{
    public string Name => nameof(Assets);

    public PipelineScope Scope => PipelineScope.Static;

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var govuk = Path.Combine(context.Assets.NodeModulesFolder, "govuk-frontend", "dist", "govuk");
        var stylesheet = Path.Combine(govuk, "govuk-frontend.min.css");
        if (!File.Exists(stylesheet))
        {
            throw new ThemeAssetsMissingException(
                $"GOV.UK Frontend is not installed ({stylesheet} is missing). Run scripts/setup.sh, which runs npm ci.");
        }
        var documents = new List<Document>
        {
            Document.FromText("assets/govuk-frontend.min.css", WithoutGdsTransport(File.ReadAllText(stylesheet))),
            Document.CopyOf("assets/govuk-frontend.min.js", Path.Combine(govuk, "govuk-frontend.min.js")),
        };
        documents.AddRange(AccessibleAutocomplete(context));
        var images = Path.Combine(govuk, "assets", "images");
        foreach (var name in new[] { "favicon.ico" })
        {
            var path = Path.Combine(images, name);
            if (File.Exists(path))
            {
                documents.Add(Document.CopyOf("assets/images/" + name, path));
            }
        }
        foreach (var file in Directory.EnumerateFiles(context.Assets.ThemeAssetsFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!LinkGuard.StaysInside(context.Assets.ThemeAssetsFolder, file))
            {
                throw new ThemeException($"{file} is a link to a file outside the theme's assets folder, so it is not copied. Replace the link with the file itself.");
            }
            var relative = Path.GetRelativePath(context.Assets.ThemeAssetsFolder, file).Replace('\\', '/');
            documents.Add(Document.CopyOf("assets/" + relative, file));
        }
        return documents;
    }

    /// <summary>alphagov's accessible-autocomplete, which the area finder builds its combobox with.</summary>
    private static IEnumerable<Document> AccessibleAutocomplete(BuildContext context)
    {
        var dist = Path.Combine(context.Assets.NodeModulesFolder, "accessible-autocomplete", "dist");
        foreach (var name in new[] { AutocompleteScript, AutocompleteStylesheet })
        {
            var path = Path.Combine(dist, name);
            if (!File.Exists(path))
            {
                throw new ThemeAssetsMissingException(
                    $"accessible-autocomplete is not installed ({path} is missing). Run scripts/setup.sh, which runs npm ci.");
            }
            yield return Document.CopyOf("assets/" + name, path);
        }
    }

    public const string AutocompleteScript = "accessible-autocomplete.min.js";
    public const string AutocompleteStylesheet = "accessible-autocomplete.min.css";

    public static string WithoutGdsTransport(string css) =>
        FontFaceRule().Replace(css, "").Replace("GDS Transport,arial", "arial", StringComparison.Ordinal);

    [GeneratedRegex(@"@font-face\{font-family:GDS Transport;[^}]*\}")]
    private static partial Regex FontFaceRule();
}
