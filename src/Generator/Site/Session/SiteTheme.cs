using SendSite.Input.Loading;
using SendSite.Rendering.Templates;

namespace SendSite.Site.Session;

/// <summary>
/// The folders a site is made with besides its input: the theme (layouts, assets, the gate's exceptions) and the npm
/// packages installed by scripts/setup.sh. Found beside the input folder or the current folder.
/// </summary>
/// <param name="Folder">themes/&lt;name&gt;/.</param>
/// <param name="NodeModules">node_modules/.</param>
/// <param name="InputLayouts">input/layouts/, whose templates override the theme's by name.</param>
public sealed record SiteTheme(string Folder, string NodeModules, string InputLayouts)
{
    /// <summary>The theme named in site.yml, or null with the reason in <paramref name="missing"/>.</summary>
    public static SiteTheme? Find(InputPaths input, string name, out string? missing)
    {
        var theme = ProjectFolders.Find(Path.Combine("themes", name), input.Root, Directory.GetCurrentDirectory());
        var nodeModules = ProjectFolders.Find("node_modules", input.Root, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        missing = theme is null ? $"the theme folder themes/{name}" : nodeModules is null ? "node_modules (run scripts/setup.sh)" : null;
        if (missing is not null)
        {
            missing = $"Cannot find {missing} beside the input folder or the current folder.";
            return null;
        }
        return new SiteTheme(theme!, nodeModules!, input.Full(InputPaths.LayoutsFolder));
    }

    /// <summary>The themes/ folder that holds the named theme (serve watches it), or null.</summary>
    public static string? ThemesFolder(InputPaths input) => ProjectFolders.Find("themes", input.Root, Directory.GetCurrentDirectory());

    /// <summary>A new renderer: parsed templates are cached by it, so a changed layout needs a new one.</summary>
    public TemplateRenderer Templates() => new([InputLayouts, Path.Combine(Folder, "layouts")]);

    public ThemeAssets Assets => new(Path.Combine(Folder, "assets"), NodeModules);

    public string AcceptedProblemsFile => Path.Combine(Folder, "gate-exceptions.yml");
}
