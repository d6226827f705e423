using System.Text.Json;
using AngleSharp.Dom;
using SendSite.Site.DataFiles;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// The bundled site's fictional 2016-2022 history (input/earlier-inspections.yml) on the area pages, in its own
/// open data files, on the outcomes page and in the area feeds, and never in the 2023 outcome's places.
/// </summary>
[Collection(BundledSiteCollection.Name)]
public sealed class EarlierInspectionsTests(BundledSiteBuild bundled)
{
    private IDocument Page(params string[] path) => BuiltPages.Parse(System.IO.File.ReadAllText(Path.Combine([bundled.Output, .. path, "index.html"])));

    private string File(params string[] path) => System.IO.File.ReadAllText(Path.Combine([bundled.Output, .. path]));

    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void An_area_page_shows_its_written_statement_and_revisit_in_plain_words_with_a_link_to_Ofsted()
    {
        var page = Page("areas", "tallowford");
        var heading = page.GetElementById("earlier-inspections");
        Assert.NotNull(heading);
        var section = Text(page.QuerySelector("main"));
        Assert.Contains("written statement of action", section);
        Assert.Contains("Required, for 4 significant weaknesses.", section);
        Assert.Contains("Started 10 June 2019, published 30 July 2019.", section);
        Assert.Contains("The area had made sufficient progress on 2 of the 4 significant weaknesses, but not on the other 2.", section);
        var link = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "https://example.org/send-inspections/ofsted/tallowford");
        Assert.Contains("on Ofsted's website", link.TextContent);
        // The 2023 outcome's section says nothing of the old framework.
        Assert.DoesNotContain("statement of action", Text(page.GetElementById("latest-outcome")?.ParentElement?.QuerySelector("p.govuk-body")));
    }

    [Theory]
    [InlineData("harrowdene-north", "Harrowdene North")]
    [InlineData("harrowdene-south", "Harrowdene South")]
    public void Each_successor_of_a_split_area_shows_its_inspection_as_part_of_the_old_area(string slug, string name)
    {
        var section = Text(Page("areas", slug).QuerySelector("main"));

        Assert.Contains($"{name} was inspected as part of Old Harrowdene County, which no longer exists.", section);
        Assert.Contains("Ofsted's statistics record no revisit.", section);
    }

    [Fact]
    public void An_area_without_history_has_no_section()
    {
        Assert.Null(Page("areas", "kestermoor").GetElementById("earlier-inspections"));
    }

    [Fact]
    public void The_open_data_has_the_history_in_its_own_files_never_in_the_outcome_column()
    {
        var csv = CsvReader.Read(File("data", "earlier-inspections.csv"));
        // The bundled site is sample data, so its files start with the column that says so.
        Assert.Equal([SampleDataColumn.Name, .. EarlierInspectionColumns.All.Select(c => c.Name)], csv[0]);
        Assert.Equal(["E99000001", "E99000004", "E99000005", "E99000007", "E99000015"], csv.Skip(1).Select(r => r[1]));
        Assert.Equal("E99000013; E99000014", csv[^1][3]);

        var json = JsonDocument.Parse(File("data", "earlier-inspections.json")).RootElement;
        Assert.Equal(JsonValueKind.True, json[0].GetProperty(EarlierInspectionColumns.StatementRequired).ValueKind);
        Assert.Equal(4, json[0].GetProperty(EarlierInspectionColumns.Weaknesses).GetInt32());
        Assert.Equal("some", json[0].GetProperty(EarlierInspectionColumns.RevisitProgress).GetString());
        Assert.Equal(JsonValueKind.Null, json[3].GetProperty(EarlierInspectionColumns.RevisitStart).ValueKind);

        var inspections = CsvReader.Read(File("data", "inspections.csv"));
        var outcome = inspections[0].IndexOf(InspectionColumns.Outcome);
        Assert.All(inspections.Skip(1), row => Assert.Contains(row[outcome],
            new[] { "", "Typically positive experiences and outcomes", "Inconsistent experiences and outcomes", "Widespread and/or systemic failings" }));
        var start = inspections[0].IndexOf(InspectionColumns.InspectionStart);
        var earlierStarts = csv.Skip(1).Select(r => r[4]).ToHashSet();
        Assert.DoesNotContain(inspections.Skip(1), row => earlierStarts.Contains(row[start]));
    }

    [Fact]
    public void The_data_dictionary_describes_the_history_files_and_the_csv_neutralising()
    {
        var page = Page("data");
        var text = Text(page.QuerySelector("main"));

        Assert.Contains("CSV injection", text);
        Assert.NotNull(page.QuerySelector("a[href$='earlier-inspections.csv']"));
        Assert.Equal([SampleDataColumn.Name, .. EarlierInspectionColumns.All.Select(c => c.Name)],
            page.QuerySelectorAll("#earlier-columns-caption ~ tbody th code").Select(c => c.TextContent));
    }

    [Fact]
    public void The_outcomes_page_has_the_history_in_a_separate_table()
    {
        var table = Page("outcomes").GetElementById("earlier-inspections")!;

        var rows = table.QuerySelectorAll("tbody tr").Select(Text).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("Old Harrowdene County (now Harrowdene North and Harrowdene South)", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("The area had not made sufficient progress on any of the significant weaknesses.", StringComparison.Ordinal));
    }

    [Fact]
    public void Area_feeds_have_an_entry_linking_to_the_inspection_on_the_area_page_and_the_site_feed_has_none()
    {
        var feed = File("areas", "harrowdene-south", "feed.xml");

        Assert.Contains("<title>Inspection of Old Harrowdene County under the 2016 to 2022 framework</title>", feed);
        Assert.Contains("href=\"https://example.org/send-inspections/areas/harrowdene-south/#earlier-inspection-e99000015\"", feed);
        Assert.NotNull(Page("areas", "harrowdene-south").GetElementById("earlier-inspection-e99000015"));
        Assert.DoesNotContain("2016 to 2022 framework", File("feeds", "all.xml"));
    }
}
