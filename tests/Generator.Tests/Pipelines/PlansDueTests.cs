using System.Text.Json;
using System.Xml.Linq;
using SendSite.Site.Pipelines;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// /data/plans-due.csv, .json and /feeds/plans-due.xml (issue 17): Southmere's report of 1 March 2024 found
/// widespread failings, so its priority action plan must be published by 13 June 2024 (70 working days, Easter and the May bank holidays left out). The
/// sample's published plan is taken away, so the plan is owed; --now decides whether it is due or overdue.
/// </summary>
public sealed class PlansDueTests : IDisposable
{
    private static readonly XNamespace Atom = AtomConformance.Atom;
    private static readonly DateTimeOffset WhileDue = new(2024, 4, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterDeadline = new(2024, 8, 1, 9, 0, 0, TimeSpan.Zero);
    // The test site is a sample site, so its downloads lead with the sample_data column (issue 16).
    private const string Header = "sample_data,area_code,area_name,region,status,report_published,submit_by,publish_by,days_left,area_url,report_url";
    private const string AreaSection = "https://example.org/send/areas/southmere/#priority-action-plan";
    private readonly PipelineHarness harness = new();

    public PlansDueTests()
    {
        File.Delete(Path.Combine(harness.Input, "plans", "southmere", "2024-05-20-priority-action-plan.md"));
    }

    public void Dispose() => harness.Dispose();

    private Dictionary<string, string> Files(DateTimeOffset now) =>
        harness.Run(new PlansDue(), now).ToDictionary(d => d.Destination, d => d.TextNow()!);

    [Fact]
    public void A_plan_owed_before_its_deadline_is_due_with_the_days_left_in_every_file()
    {
        var files = Files(WhileDue);

        var csv = CsvReader.Read(files["data/plans-due.csv"]);
        Assert.Equal(Header, string.Join(',', csv[0]));
        var row = Assert.Single(csv.Skip(1));
        Assert.Equal(
            ["yes", "E99000102", "Southmere", "South West", "due", "2024-03-01", "2024-04-23", "2024-06-13", "72", "https://example.org/send/areas/southmere/", "https://example.org/send/areas/southmere/reports/2024-01-15-full-inspection/"],
            row);
        using var json = JsonDocument.Parse(files["data/plans-due.json"]);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(72, item.GetProperty("days_left").GetInt32());
        Assert.Equal("due", item.GetProperty("status").GetString());

        var feed = XDocument.Parse(files["feeds/plans-due.xml"]).Root!;
        Assert.Empty(AtomConformance.Check(files["feeds/plans-due.xml"]));
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal(AreaSection, entry.Element(Atom + "id")!.Value);
        Assert.Equal("Sample data, not real: Test SEND site: priority action plans due or overdue", feed.Element(Atom + "title")!.Value);
        Assert.Equal("Southmere: priority action plan due by 13 June 2024", entry.Element(Atom + "title")!.Value);
        Assert.Equal("2024-03-01T09:30:00Z", entry.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void After_the_deadline_the_same_entry_is_overdue_and_updated_to_the_first_overdue_day()
    {
        var files = Files(AfterDeadline);

        var row = Assert.Single(CsvReader.Read(files["data/plans-due.csv"]).Skip(1));
        Assert.Equal("overdue", row[4]);
        Assert.Equal("", row[8]);
        using var json = JsonDocument.Parse(files["data/plans-due.json"]);
        Assert.Equal(JsonValueKind.Null, json.RootElement[0].GetProperty("days_left").ValueKind);
        var feed = XDocument.Parse(files["feeds/plans-due.xml"]).Root!;
        Assert.Empty(AtomConformance.Check(files["feeds/plans-due.xml"]));
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal(AreaSection, entry.Element(Atom + "id")!.Value);
        Assert.Equal("Southmere: priority action plan overdue (due by 13 June 2024)", entry.Element(Atom + "title")!.Value);
        Assert.Equal("2024-06-14T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("2024-06-14T00:00:00Z", feed.Element(Atom + "updated")!.Value); // the newest entry, not the clock
    }

    [Fact]
    public void Two_runs_at_the_same_now_give_the_same_bytes()
    {
        Assert.Equal(Files(AfterDeadline), Files(AfterDeadline));
    }

    [Fact]
    public void A_published_plan_leaves_the_files_and_the_empty_feed_is_dated_by_now()
    {
        harness.With("plans/southmere/2024-05-20-priority-action-plan.md", SampleInput.SouthmerePlan);

        var files = Files(AfterDeadline);

        Assert.Equal(Header + "\r\n", files["data/plans-due.csv"]);
        Assert.Equal("[]\n", files["data/plans-due.json"]);
        var feed = XDocument.Parse(files["feeds/plans-due.xml"]).Root!;
        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal("2024-08-01T09:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_the_json_keeps_the_text()
    {
        harness.With("areas.yml", SampleInput.AreasYml.Replace("name: Southmere\n", "name: \"=HYPERLINK(1)\"\n", StringComparison.Ordinal));

        var files = Files(WhileDue);

        Assert.Contains(",\"'=HYPERLINK(1)\",", files["data/plans-due.csv"], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(files["data/plans-due.json"]);
        Assert.Equal("=HYPERLINK(1)", json.RootElement[0].GetProperty("area_name").GetString());
    }
}
