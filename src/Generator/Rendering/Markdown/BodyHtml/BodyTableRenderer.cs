using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A pipe table in GOV.UK Frontend's table style, inside <see cref="TableWrapper"/>'s scrolling region. Header
/// cells get scope="col" so screen readers announce the column with each cell; a right-aligned column (numbers)
/// gets GOV.UK Frontend's numeric modifier instead of an inline style. Column widths and spans are never
/// written: pipe tables have none, and a body may not size its own layout.
/// </summary>
internal sealed class BodyTableRenderer : BodyObjectRenderer<Table>
{
    private const string ColumnScope = "col";

    // One renderer per document, so this counts the names of this document's table regions only.
    private readonly Dictionary<string, int> regionNames = new(StringComparer.Ordinal);

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        TableWrapper.WriteStart(renderer, table, regionNames);
        renderer.Write("<table class=\"").Write(GovukClasses.Table).WriteLine("\">");

        var hasBody = false;
        var hasHead = false;
        var isHeadOpen = false;
        foreach (var block in table)
        {
            var row = (TableRow)block;
            if (row.IsHeader)
            {
                // One head only, as Markdig writes it: a later header row goes into the open head, or the body.
                if (!hasHead)
                {
                    renderer.Write("<thead class=\"").Write(GovukClasses.TableHead).WriteLine("\">");
                    isHeadOpen = true;
                }

                hasHead = true;
            }
            else if (!hasBody)
            {
                if (isHeadOpen)
                {
                    renderer.WriteLine("</thead>");
                    isHeadOpen = false;
                }

                renderer.Write("<tbody class=\"").Write(GovukClasses.TableBody).WriteLine("\">");
                hasBody = true;
            }

            WriteRow(renderer, table, row, inHead: isHeadOpen);
        }

        if (hasBody)
        {
            renderer.WriteLine("</tbody>");
        }
        else if (isHeadOpen)
        {
            renderer.WriteLine("</thead>");
        }

        renderer.Write("</table>");
        TableWrapper.WriteEnd(renderer);
        renderer.WriteLine();
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, bool inHead)
    {
        renderer.Write("<tr class=\"").Write(GovukClasses.TableRow).WriteLine("\">");
        for (var index = 0; index < row.Count; index++)
        {
            var cell = (TableCell)row[index];
            renderer.EnsureLine();
            renderer.Write(row.IsHeader ? "<th class=\"" : "<td class=\"");
            renderer.Write(row.IsHeader ? GovukClasses.TableHeader : GovukClasses.TableCell);
            if (IsRightAligned(table, cell, index))
            {
                renderer.Write(' ').Write(row.IsHeader ? GovukClasses.TableHeaderNumeric : GovukClasses.TableCellNumeric);
            }

            renderer.Write('"');
            if (row.IsHeader && inHead)
            {
                HtmlText.WriteAttribute(renderer, "scope", ColumnScope);
            }

            renderer.Write('>');
            var wasImplicitParagraph = renderer.ImplicitParagraph;
            if (cell.Count == 1)
            {
                renderer.ImplicitParagraph = true;
            }

            renderer.WriteChildren(cell);
            renderer.ImplicitParagraph = wasImplicitParagraph;
            renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
        }

        renderer.WriteLine("</tr>");
    }

    /// <summary>The column's alignment, found as Markdig finds it (a cell beyond the last column takes the last one's).</summary>
    private static bool IsRightAligned(Table table, TableCell cell, int index)
    {
        var columns = table.ColumnDefinitions;
        if (columns.Count == 0)
        {
            return false;
        }

        var column = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? index : cell.ColumnIndex;
        column = Math.Min(column, columns.Count - 1);
        return columns[column].Alignment == TableColumnAlign.Right;
    }
}
