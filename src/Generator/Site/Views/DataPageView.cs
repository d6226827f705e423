namespace SendSite.Site.Views;

/// <summary>The model of data.liquid: the files to download, the dated snapshot and what each column means.</summary>
public sealed record DataPageView(
    IReadOnlyList<LinkView> Files,
    IReadOnlyList<LinkView> Snapshots,
    string SnapshotDateText,
    int RowCount,
    IReadOnlyList<DataColumnView> Columns)
{
    /// <summary>The 2016-2022 framework's files (earlier-inspections.csv and .json), current then dated.</summary>
    public IReadOnlyList<LinkView> EarlierFiles { get; init; } = [];

    public IReadOnlyList<LinkView> EarlierSnapshots { get; init; } = [];

    public int EarlierRowCount { get; init; }

    public IReadOnlyList<DataColumnView> EarlierColumns { get; init; } = [];

    /// <summary>A demonstration site: the page says the files are made up, and they carry the sample_data column.</summary>
    public bool SampleData { get; init; }

    /// <summary>The priority action plans due or overdue: plans-due.csv and .json, then the Atom feed.</summary>
    public IReadOnlyList<LinkView> PlansDueFiles { get; init; } = [];

    public LinkView? PlansDueFeed { get; init; }

    public int PlansDueCount { get; init; }

    public IReadOnlyList<DataColumnView> PlansDueColumns { get; init; } = [];
}
