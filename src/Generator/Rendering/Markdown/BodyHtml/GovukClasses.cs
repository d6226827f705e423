namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// The GOV.UK Frontend classes each element of a body needs to look like the rest of the site
/// (GOV.UK Frontend styles nothing without a class).
/// </summary>
internal static class GovukClasses
{
    public const string Body = "govuk-body";
    public const string BulletList = "govuk-list govuk-list--bullet";
    public const string NumberedList = "govuk-list govuk-list--number";
    public const string Link = "govuk-link";
    public const string Table = "govuk-table";
    public const string TableHead = "govuk-table__head";
    public const string TableBody = "govuk-table__body";
    public const string TableRow = "govuk-table__row";
    public const string TableHeader = "govuk-table__header";
    public const string TableCell = "govuk-table__cell";
    public const string TableHeaderNumeric = "govuk-table__header--numeric";
    public const string TableCellNumeric = "govuk-table__cell--numeric";
    public const string SectionBreak = "govuk-section-break govuk-section-break--visible govuk-section-break--m";

    /// <summary>The class of a body heading: levels 2, 3 and 4 to 6 (level 1 belongs to the page).</summary>
    public static string Heading(int level) => level switch
    {
        2 => "govuk-heading-l",
        3 => "govuk-heading-m",
        _ => "govuk-heading-s",
    };
}
