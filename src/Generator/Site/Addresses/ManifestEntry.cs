namespace SendSite.Site.Addresses;

/// <summary>One URL of the manifest and the line it is written on, so a broken URL can be pointed at.</summary>
public sealed record ManifestEntry(string Url, int Line);
