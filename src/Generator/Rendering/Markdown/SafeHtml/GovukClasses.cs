using System.Collections.Frozen;
using AngleSharp.Dom;

namespace SendSite.Rendering.Markdown.SafeHtml;

/// <summary>
/// The GOV.UK Frontend classes each element of a body needs to look like the rest of the site
/// (GOV.UK Frontend styles nothing without a class).
/// </summary>
internal static class GovukClasses
{
    public const string TableHeaderNumeric = "govuk-table__header--numeric";
    public const string TableCellNumeric = "govuk-table__cell--numeric";

    private static readonly FrozenDictionary<string, string> ClassesByElement = new Dictionary<string, string>
    {
        [TagNames.H2] = "govuk-heading-l",
        [TagNames.H3] = "govuk-heading-m",
        [TagNames.H4] = "govuk-heading-s",
        [TagNames.H5] = "govuk-heading-s",
        [TagNames.H6] = "govuk-heading-s",
        [TagNames.P] = "govuk-body",
        [TagNames.Ul] = "govuk-list govuk-list--bullet",
        [TagNames.Ol] = "govuk-list govuk-list--number",
        [TagNames.A] = "govuk-link",
        [TagNames.Table] = "govuk-table",
        [TagNames.Thead] = "govuk-table__head",
        [TagNames.Tbody] = "govuk-table__body",
        [TagNames.Tr] = "govuk-table__row",
        [TagNames.Th] = "govuk-table__header",
        [TagNames.Td] = "govuk-table__cell",
        [TagNames.Hr] = "govuk-section-break govuk-section-break--visible govuk-section-break--m",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The classes for an element, or null when GOV.UK Frontend has none for it.</summary>
    public static string? For(string elementName) => ClassesByElement.GetValueOrDefault(elementName);
}
