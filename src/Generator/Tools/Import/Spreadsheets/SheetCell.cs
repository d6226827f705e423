namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// One cell as a person sees it (<see cref="Text"/>), with what a spreadsheet keeps behind the text: the
/// address of a link (a HYPERLINK formula or a <c>text:a</c> link) and the date of a date-typed cell. A CSV
/// export keeps only the text, so both are null there.
/// </summary>
public sealed record SheetCell(string Text, string? Link, DateOnly? Date)
{
    public static SheetCell Empty { get; } = new("", null, null);

    public bool IsEmpty => Text.Length == 0 && Link is null && Date is null;
}
