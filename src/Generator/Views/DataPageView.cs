namespace SendSite.Views;

/// <summary>The model of data.liquid: the files to download, the dated snapshot and what each column means.</summary>
public sealed record DataPageView(
    IReadOnlyList<LinkView> Files,
    IReadOnlyList<LinkView> Snapshots,
    string SnapshotDateText,
    int RowCount,
    IReadOnlyList<DataColumnView> Columns);
