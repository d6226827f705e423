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
}
