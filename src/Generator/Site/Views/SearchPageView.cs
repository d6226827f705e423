namespace SendSite.Site.Views;

/// <summary>
/// The model of search.liquid. <see cref="HasIndex"/> is false when nothing is published yet, so there is no
/// index to load and the page says so instead of offering a search that cannot work. <see cref="FilterOrder"/> is
/// <see cref="SearchFilterOrder"/>'s JSON, for the script. <see cref="MergeBundles"/> names the index's other parts
/// (relative to the page, space-separated) when it is in more than one, else null.
/// </summary>
public sealed record SearchPageView(string BundleUrl, string ScriptUrl, string AreasUrl, bool HasIndex, string FilterOrder, string? MergeBundles);
