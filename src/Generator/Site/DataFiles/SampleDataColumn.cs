using SendSite.Site.Views;

namespace SendSite.Site.DataFiles;

/// <summary>
/// On a site with sample_data on, every open data file gets a first column (a first property in the JSON) that
/// says so on every row, so made-up findings stay marked after the file is downloaded, filtered or pasted
/// elsewhere (issue 16). A real site's files do not have it, so their columns are unchanged.
/// </summary>
public static class SampleDataColumn
{
    public const string Name = "sample_data";

    /// <summary>The CSV's value, in the words the other yes/no columns use; the JSON has true.</summary>
    public const string CsvValue = "yes";

    public static DataColumnView Description { get; } = new(Name,
        "Only in the files of a demonstration site: yes on every row, because every area, report and finding in them is made up. Never use these rows as facts about a real area.",
        CsvValue);

    public static IReadOnlyList<DataColumnView> Columns(bool sampleData, IReadOnlyList<DataColumnView> columns) =>
        sampleData ? [Description, .. columns] : columns;

    public static string Csv(bool sampleData, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records) =>
        sampleData
            ? CsvWriter.Write([Name, .. header], records.Select(record => (IReadOnlyList<string>)[CsvValue, .. record]))
            : CsvWriter.Write(header, records);
}
