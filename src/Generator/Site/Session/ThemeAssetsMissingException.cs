namespace SendSite.Site.Session;

/// <summary>The front-end packages are not installed: a set-up step was skipped, reported without a stack trace.</summary>
public sealed class ThemeAssetsMissingException(string message) : Exception(message);
