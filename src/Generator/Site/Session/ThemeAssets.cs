namespace SendSite.Site.Session;

/// <summary>
/// Where the files copied into /assets/ come from: the theme's own assets folder and the npm packages
/// (GOV.UK Frontend, accessible-autocomplete) installed by scripts/setup.sh.
/// </summary>
public sealed record ThemeAssets(string ThemeAssetsFolder, string NodeModulesFolder);
