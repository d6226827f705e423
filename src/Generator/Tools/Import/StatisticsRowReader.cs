using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tools.Import;

/// <summary>
/// Checks one row of the 2016-2022 framework's statistics: the area (by code, then name; an abolished area is
/// kept as itself, for its successors' pages), the dates, whether a written statement of action was required
/// and for how many significant weaknesses, and the revisit. Inconsistent answers ("Yes" with no count, a
/// revisit with no statement of action, counts that do not add up) are errors at their cells.
/// </summary>
internal sealed class StatisticsRowReader(RowCells cells, RegistryMatcher matcher)
{
    /// <summary>What the file writes in the revisit date column when there has been none.</summary>
    private static readonly string[] NoRevisit = ["", "not revisited yet", "not revisited", "na", "n/a", "-"];

    public ImportedEarlierInspection? Read()
    {
        var area = matcher.Find(cells, StatisticsColumns.Code, StatisticsColumns.Name, allowAbolished: true);
        var page = ReadPage();
        var start = cells.Date(StatisticsColumns.StartDate);
        var published = cells.Date(StatisticsColumns.PublicationDate);
        var required = YesNo(StatisticsColumns.StatementRequired);
        var weaknesses = cells.Count(StatisticsColumns.Weaknesses);
        var revisit = ReadRevisit();
        if (cells.Failed || area is null || start is null || published is null || required is null)
        {
            return null;
        }
        if (published < start)
        {
            cells.Error(StatisticsColumns.PublicationDate, DiagnosticCodes.ImportInconsistentRow,
                $"the publication date {published:dd/MM/yyyy} is before the inspection start date {start:dd/MM/yyyy}.", "Check both dates against Ofsted's letter.");
        }
        if (required == true && weaknesses is null or < 1)
        {
            cells.Error(StatisticsColumns.Weaknesses, DiagnosticCodes.ImportInconsistentRow,
                $"a written statement of action was required, but the number of significant weaknesses is {(weaknesses is null ? "empty" : weaknesses.ToString())}.",
                "A written statement of action was required for at least one significant weakness: give their number.");
        }
        if (required == false && weaknesses > 0)
        {
            cells.Error(StatisticsColumns.Weaknesses, DiagnosticCodes.ImportInconsistentRow,
                $"no written statement of action was required, but {weaknesses} significant weaknesses are given.", "Check the row against Ofsted's letter.");
        }
        if (revisit is not null)
        {
            CheckRevisit(revisit, required.Value, published.Value, weaknesses);
        }
        return cells.Failed ? null : new ImportedEarlierInspection(cells.Row.Number, cells.PlaceOfRow, area, page, start.Value, published.Value,
            required.Value, required.Value ? weaknesses : null, revisit);
    }

    /// <summary>The area's Ofsted page: a HYPERLINK formula's or a link's address; a CSV export loses it, which is no error.</summary>
    private Uri? ReadPage()
    {
        var cell = cells.Cell(StatisticsColumns.OfstedPage);
        var address = cell.Link ?? cell.Text.Trim();
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            return uri;
        }
        if (cell.Link is not null || address.Contains("://", StringComparison.Ordinal))
        {
            cells.Error(StatisticsColumns.OfstedPage, DiagnosticCodes.ImportBadLink, $"'{address}' is not an https:// address.",
                "Give the https:// address of the area's page on Ofsted's website.");
        }
        return null;
    }

    private EarlierRevisit? ReadRevisit()
    {
        if (cells.Cell(StatisticsColumns.RevisitStart).Date is null && NoRevisit.Contains(cells.Text(StatisticsColumns.RevisitStart).ToLowerInvariant()))
        {
            return null;
        }
        var start = cells.Date(StatisticsColumns.RevisitStart);
        var published = NoRevisit.Contains(cells.Text(StatisticsColumns.RevisitPublication).ToLowerInvariant()) && cells.Cell(StatisticsColumns.RevisitPublication).Date is null
            ? null
            : cells.Date(StatisticsColumns.RevisitPublication);
        var outcome = cells.Text(StatisticsColumns.RevisitOutcome).ToLowerInvariant();
        RevisitProgress? progress = outcome switch
        {
            "yes" => RevisitProgress.All,
            "some" => RevisitProgress.Some,
            "no" => RevisitProgress.None,
            _ => null,
        };
        if (progress is null && !NoRevisit.Contains(outcome))
        {
            cells.Error(StatisticsColumns.RevisitOutcome, DiagnosticCodes.ImportBadAnswer, $"it is '{cells.Text(StatisticsColumns.RevisitOutcome)}'.",
                "Write Yes (sufficient progress on all significant weaknesses), Some, or No.");
        }
        var with = cells.Count(StatisticsColumns.WithProgress);
        var without = cells.Count(StatisticsColumns.WithoutProgress);
        return start is null ? null : new EarlierRevisit(start.Value, published, progress, with, without);
    }

    private void CheckRevisit(EarlierRevisit revisit, bool required, DateOnly inspectionPublished, int? weaknesses)
    {
        if (!required)
        {
            cells.Error(StatisticsColumns.RevisitStart, DiagnosticCodes.ImportInconsistentRow,
                "there is a revisit, but no written statement of action was required (a revisit checks progress on its weaknesses).", "Check the row against Ofsted's letters.");
            return;
        }
        if (revisit.Start < inspectionPublished)
        {
            cells.Error(StatisticsColumns.RevisitStart, DiagnosticCodes.ImportInconsistentRow,
                $"the revisit started on {revisit.Start:dd/MM/yyyy}, before the inspection was published on {inspectionPublished:dd/MM/yyyy}.", "Check both dates against Ofsted's letters.");
        }
        if (revisit.Published < revisit.Start)
        {
            cells.Error(StatisticsColumns.RevisitPublication, DiagnosticCodes.ImportInconsistentRow,
                $"the revisit was published on {revisit.Published:dd/MM/yyyy}, before it started on {revisit.Start:dd/MM/yyyy}.", "Check both dates against Ofsted's letter.");
        }
        if (revisit.Published is not null && revisit.Progress is null)
        {
            cells.Error(StatisticsColumns.RevisitOutcome, DiagnosticCodes.ImportBadAnswer, "the revisit was published but its finding is empty.",
                "Write Yes (sufficient progress on all significant weaknesses), Some, or No.");
        }
        if (revisit is { WeaknessesWithProgress: { } with, WeaknessesWithoutProgress: { } without } && weaknesses is { } total && with + without != total)
        {
            cells.Error(StatisticsColumns.WithoutProgress, DiagnosticCodes.ImportInconsistentRow,
                $"{with} weaknesses with sufficient progress and {without} without make {with + without}, but the written statement of action had {total}.",
                "Check the counts against the revisit letter.");
        }
        var (expectWith, expectWithout) = revisit.Progress switch
        {
            RevisitProgress.All => ((int?)null, (int?)0),
            RevisitProgress.None => (0, null),
            _ => (null, null),
        };
        if (expectWithout is { } none && revisit.WeaknessesWithoutProgress is { } w && w != none)
        {
            cells.Error(StatisticsColumns.WithoutProgress, DiagnosticCodes.ImportInconsistentRow,
                $"the revisit found sufficient progress on all weaknesses, but {w} are counted without it.", "Check the finding and the counts against the revisit letter.");
        }
        if (expectWith is { } zero && revisit.WeaknessesWithProgress is { } p && p != zero)
        {
            cells.Error(StatisticsColumns.WithProgress, DiagnosticCodes.ImportInconsistentRow,
                $"the revisit found no sufficient progress, but {p} weaknesses are counted with it.", "Check the finding and the counts against the revisit letter.");
        }
    }

    private bool? YesNo(SheetColumn column)
    {
        switch (cells.Text(column).ToLowerInvariant())
        {
            case "yes":
                return true;
            case "no":
                return false;
            default:
                cells.Error(column, DiagnosticCodes.ImportBadAnswer, $"it is '{cells.Text(column)}'.", "Write Yes or No.");
                return null;
        }
    }
}
