using SendSite.Rendering.Markdown;

namespace SendSite.Tests.Rendering.Markdown;

public sealed class SectionLinksTests
{
    [Fact]
    public void Each_h2_and_h3_with_an_id_gets_a_link_after_it_named_for_screen_readers()
    {
        var html = SectionLinks.Add("<h2 id=\"waiting-times\" class=\"govuk-heading-l\">Waiting times</h2>\n<p>Text</p>\n<h3 id=\"speech-and-language\">Speech &amp; language</h3>");

        Assert.Equal(
            "<div class=\"app-section-heading\"><h2 id=\"waiting-times\" class=\"govuk-heading-l\">Waiting times</h2>\n"
            + "<a class=\"govuk-link app-section-link\" href=\"#waiting-times\" data-pagefind-ignore=\"\">Link<span class=\"govuk-visually-hidden\"> to this section: Waiting times</span></a></div>\n"
            + "<p>Text</p>\n"
            + "<div class=\"app-section-heading\"><h3 id=\"speech-and-language\">Speech &amp; language</h3>\n"
            + "<a class=\"govuk-link app-section-link\" href=\"#speech-and-language\" data-pagefind-ignore=\"\">Link<span class=\"govuk-visually-hidden\"> to this section: Speech &amp; language</span></a></div>",
            html);
    }

    [Fact]
    public void Other_headings_and_bodies_without_headings_are_left_as_they_are()
    {
        const string Body = "<p>No headings</p><h4 id=\"minor\">Minor</h4>";

        Assert.Equal(Body, SectionLinks.Add(Body));
        Assert.Equal("<h2>No id</h2>", SectionLinks.Add("<h2>No id</h2>"));
    }

    [Fact]
    public void A_heading_with_inline_markup_is_named_by_its_text_alone()
    {
        var html = SectionLinks.Add("<h2 id=\"a-b\"><em>A</em> &amp; <a href=\"https://example.org/?q=1>2\">B</a> </h2>");

        Assert.Equal(
            "<div class=\"app-section-heading\"><h2 id=\"a-b\"><em>A</em> &amp; <a href=\"https://example.org/?q=1>2\">B</a> </h2>\n"
            + "<a class=\"govuk-link app-section-link\" href=\"#a-b\" data-pagefind-ignore=\"\">Link<span class=\"govuk-visually-hidden\"> to this section: A &amp; B</span></a></div>",
            html);
    }
}
