using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// Nothing outside input/ (or, for the theme, outside the theme folder) is read through a link: a link to
/// /etc/passwd in each kind of place fails the build by name, and its contents reach no page and no message.
/// </summary>
public sealed class LinksOutsideTests : IDisposable
{
    private const string Secret = "/etc/passwd";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public LinksOutsideTests()
    {
        input = SampleInput.WriteTo(folder);
        CopyFolder(RepositoryRoot.Combine("themes", "default"), folder.Combine("themes", "default"));
    }

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Places => new()
    {
        "themes/default/layouts/outcome-tag.liquid",
        "themes/default/assets/site.css",
        "input/layouts/page.liquid",
        "input/published-urls.txt",
        "input/pages/about.md",
        "input/areas.yml",
        "input/site.yml",
        "input/reports/northby/2024-03-04-full-inspection.md",
        "input/plans/southmere/2024-05-20-priority-action-plan.md",
    };

    [Theory]
    [MemberData(nameof(Places))]
    public async Task A_link_to_etc_passwd_fails_the_build_and_its_contents_go_nowhere(string place)
    {
        var path = folder.Combine(place);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        File.CreateSymbolicLink(path, Secret);

        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);

        Assert.False(result.Success);
        var said = result.Failure + string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("link", said);
        Assert.DoesNotContain("root:", said);
        Assert.False(Directory.Exists(folder.Combine("output")));
    }

    [Fact]
    public async Task A_linked_folder_of_pages_is_refused()
    {
        Directory.Delete(folder.Combine("input", "pages"), recursive: true);
        folder.Write("elsewhere/secret.md", "---\ntitle: Secret\n---\nsecret words\n");
        Directory.CreateSymbolicLink(folder.Combine("input", "pages"), folder.Combine("elsewhere"));

        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("outside the input folder", StringComparison.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var sub in Directory.EnumerateDirectories(from))
        {
            CopyFolder(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }
}
