namespace SendSite.Site.Metadata;

/// <summary>One downloadable file of a dataset: its absolute address and its media type (text/csv, application/json).</summary>
public sealed record DataDownloadLink(string AbsoluteUrl, string MediaType);
