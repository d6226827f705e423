using SendSite.Rendering.Templates;
using SendSite.Tests.Support;

namespace SendSite.Tests.Rendering.Templates;

/// <summary>Template specs: a template and a model in, exact HTML out.</summary>
public sealed class TemplateRendererTests : IDisposable
{
    private readonly TempFolder theme = new();
    private readonly TempFolder site = new();

    public void Dispose()
    {
        theme.Dispose();
        site.Dispose();
    }

    private string Render(string template, object model, string pageUrl = "/areas/x/", string? rootPath = null)
    {
        theme.Write("page.liquid", template);
        return new TemplateRenderer([site.Path, theme.Path]).Render("page", new Dictionary<string, object?> { ["model"] = model }, pageUrl, rootPath);
    }

    private sealed record Model(string Name, string Href);

    [Theory]
    [InlineData("{{ model.name }}", "<b>O'Neil & Sons</b>", "&lt;b&gt;O&#x27;Neil &amp; Sons&lt;/b&gt;")]
    [InlineData("{{ model.name }}", "Café Ōtautahi", "Café Ōtautahi")]
    [InlineData("{{ model.name | raw }}", "<em>trusted</em>", "<em>trusted</em>")]
    [InlineData("<a href=\"{{ model.href | url }}\">", "", "<a href=\"../y/\">")]
    [InlineData("<a href=\"{{ '/assets/site.css' | url }}\">", "", "<a href=\"../../assets/site.css\">")]
    public void Values_are_encoded_and_links_made_relative(string template, string name, string expected) =>
        Assert.Equal(expected, Render(template, new Model(name, "/areas/y/")));

    [Fact]
    public void Partials_see_the_page_for_relative_links()
    {
        theme.Write("link.liquid", "<a href=\"{{ target | url }}\">x</a>");

        var html = Render("{% render 'link', target: model.href %}", new Model("", "/outcomes/"), "/areas/x/reports/r/");

        Assert.Equal("<a href=\"../../../../outcomes/\">x</a>", html);
    }

    [Fact]
    public void The_not_found_page_links_from_the_site_root_path() =>
        Assert.Equal("/send/areas/", Render("{{ '/areas/' | url }}", new Model("", ""), "/404.html", "/send/"));

    [Fact]
    public void A_sites_own_layout_overrides_the_themes()
    {
        site.Write("page.liquid", "site's own");

        Assert.Equal("site's own", Render("theme's", new Model("", "")));
    }

    [Fact]
    public void A_missing_template_is_a_clear_theme_error()
    {
        var renderer = new TemplateRenderer([theme.Path]);

        var error = Assert.Throws<ThemeException>(() => renderer.Render("nope", new Dictionary<string, object?>(), "/"));

        Assert.Contains("nope.liquid", error.Message);
    }
}
