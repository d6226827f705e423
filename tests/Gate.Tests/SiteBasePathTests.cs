using SendSite.Gate;

namespace SendSite.Tests.Gate;

public sealed class SiteBasePathTests
{
    [Theory]
    [InlineData("/send/about/", "/send/", "/about/")]
    [InlineData("/send", "/send/", "/")]
    [InlineData("/sender/about/", "/send/", "/sender/about/")]
    [InlineData("/about/", "/", "/about/")]
    public void Links_under_the_published_path_map_to_the_built_folder(string path, string basePath, string expected) =>
        Assert.Equal(expected, SiteBasePath.Strip(path, basePath));

    [Theory]
    [InlineData("/send-inspections/", "/send-inspections/\n")]
    [InlineData("/send-inspections", "/send-inspections/\n")]
    [InlineData("/", "/\n")]
    public void The_record_is_one_line_with_the_path_between_slashes(string basePath, string expected) =>
        Assert.Equal(expected, SiteBasePath.RecordText(basePath));

    [Fact]
    public void A_built_folder_says_its_base_path_and_a_folder_without_the_record_says_nothing()
    {
        var site = GateFixtures.NewTempFolder();
        Assert.Null(SiteBasePath.Recorded(site));

        File.WriteAllText(Path.Combine(site, SiteBasePath.RecordFile), SiteBasePath.RecordText("/send-inspections/"));

        Assert.Equal("/send-inspections/", SiteBasePath.Recorded(site));
    }
}
