using SendSite.Site.Pipelines;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// An area page says what the area was before: a name it had ("previously known as"), or an area it was part of
/// before a split, such as Cumbria for Cumberland, which it was never called.
/// </summary>
public sealed class AreaPagesFormerNamesTests : IDisposable
{
    private readonly PipelineHarness harness = new();

    public void Dispose() => harness.Dispose();

    private static string AreasWithASplit => SampleInput.AreasYml.Replace(
        "    council: Eastwold County Council\n",
        "    council: Eastwold County Council\n    former_names:\n      - name: Old Wold\n        until: 2021-03-31\n      - name: Greater Wold\n        until: 2023-03-31\n",
        StringComparison.Ordinal).Replace(
        "    aliases: [City of Northby]\n",
        "    aliases: [City of Northby]\n    former_names:\n      - name: Greater Wold\n        until: 2023-03-31\n",
        StringComparison.Ordinal);

    [Fact]
    public void A_former_name_two_areas_share_is_an_area_each_was_part_of_and_a_name_of_one_area_is_what_it_was_called()
    {
        Assert.Contains("Greater Wold", AreasWithASplit, StringComparison.Ordinal);
        var pages = harness.With("areas.yml", AreasWithASplit).Run(new AreaPages()).ToDictionary(d => d.Destination, d => d.Text!);

        var eastwold = pages["areas/eastwold/index.html"];
        Assert.Contains("Previously known as Old Wold.", eastwold, StringComparison.Ordinal);
        Assert.Contains("Previously part of Greater Wold.", eastwold, StringComparison.Ordinal);
        Assert.DoesNotContain("known as Old Wold, Greater Wold", eastwold, StringComparison.Ordinal);
        Assert.Contains("Previously part of Greater Wold.", pages["areas/northby/index.html"], StringComparison.Ordinal);
        Assert.DoesNotContain("Previously known as", pages["areas/northby/index.html"], StringComparison.Ordinal);
    }
}
