using System.Text.Json;
using System.Text.Json.Nodes;
using SendSite.Site.Building;
using SendSite.Site.Metadata;
using SendSite.Tests.Support;

namespace SendSite.Tests.Metadata;

/// <summary>JSON-LD is written by a serializer and cannot be broken out of, whatever a local area writes in a title.</summary>
public sealed class JsonLdTests : IDisposable
{
    private const string Hostile = "Plan </script><script>alert(1)</script> & \"quotes\" <!-- end";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Angle_brackets_ampersands_and_quotes_are_escaped_and_the_json_still_reads_back()
    {
        var thing = JsonLd.Thing("CreativeWork");
        thing["name"] = Hostile;

        var json = JsonLd.Write(thing);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        Assert.Equal(Hostile, JsonNode.Parse(json)!["name"]!.GetValue<string>());
        Assert.StartsWith("{\"@context\":\"https://schema.org\",\"@type\":\"CreativeWork\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_titled_with_a_closing_script_tag_stays_inside_its_json_ld()
    {
        var input = SampleInput.WriteTo(folder);
        File.WriteAllText(Path.Combine(input, "plans", "southmere", "2024-05-20-priority-action-plan.md"),
            SampleInput.SouthmerePlan.Replace("title: Southmere priority action plan", "title: '" + Hostile.Replace("'", "''") + "'", StringComparison.Ordinal));
        var output = folder.Combine("output");

        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, output, BundledSiteBuild.Now) { RunGate = false }, TextWriter.Null);

        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(output, "areas", "southmere", "plans", "2024-05-20-priority-action-plan", "index.html"));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        var page = BuiltPages.Parse(html);
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']").ToList();
        Assert.Equal(2, scripts.Count); // the plan and its breadcrumbs, nothing split off
        var plan = JsonDocument.Parse(scripts[0].TextContent).RootElement;
        Assert.Equal(Hostile, plan.GetProperty("name").GetString());
        Assert.DoesNotContain(page.QuerySelectorAll("script:not([type]), script[type='module']"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
    }
}
