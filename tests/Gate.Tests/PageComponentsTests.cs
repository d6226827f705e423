using AngleSharp.Html.Parser;
using SendSite.Gate;

namespace SendSite.Tests.Gate;

public sealed class PageComponentsTests
{
    private static IReadOnlyList<string> Of(string main) =>
        PageComponents.Of(new HtmlParser().ParseDocument($"<header><nav class=\"govuk-service-navigation\"></nav></header><main>{main}</main>"));

    [Fact]
    public void A_table_straight_in_the_column_and_one_in_a_scrolling_wrapper_are_different_components()
    {
        var team = Of("""<div class="govuk-grid-column-two-thirds"><table class="govuk-table"><tr><td>x</td></tr></table></div>""");
        var body = Of("""<div class="app-table-wrapper" tabindex="0"><table class="govuk-table"><tr><td>x</td></tr></table></div>""");

        Assert.Equal(["table.govuk-table in div.govuk-grid-column-two-thirds"], team);
        Assert.Equal(["div.app-table-wrapper", "table.govuk-table in div.app-table-wrapper"], body);
    }

    [Fact]
    public void Text_and_spacing_classes_and_the_layout_outside_main_are_not_components()
    {
        Assert.Empty(Of("""<h2 class="govuk-heading-l">A</h2><p class="govuk-body govuk-!-margin-bottom-1"><a class="govuk-link" href="/">b</a></p><ul class="govuk-list govuk-list--bullet"><li>c</li></ul>"""));
    }

    [Fact]
    public void Charts_details_numbered_items_and_long_lists_are_components()
    {
        var items = string.Concat(Enumerable.Range(0, PageComponents.LongListItems + 1).Select(n => $"<li>{n}</li>"));

        var components = Of($"""<svg role="img"><g><svg></svg></g></svg><details class="govuk-details"></details><ol><li class="app-numbered-item">1</li></ol><ul class="govuk-list">{items}</ul>""");

        Assert.Equal(["details.govuk-details", "li.app-numbered-item", "svg", "ul (long list)"], components);
    }
}
