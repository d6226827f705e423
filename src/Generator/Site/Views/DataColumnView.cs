namespace SendSite.Site.Views;

/// <summary>One column of an open data file, as the data dictionary describes it.</summary>
public sealed record DataColumnView(string Name, string Description, string Example);
