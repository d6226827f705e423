using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tools.Import;

/// <summary>Checks one row of the management information and, when it has no problem, makes it an <see cref="ImportedInspection"/>.</summary>
internal sealed class RowReader(RowCells cells, RegistryMatcher matcher)
{
    private const string Yes = "yes";
    private const string No = "no";

    public ImportedInspection? Read()
    {
        var name = cells.Text(ManagementInformationColumns.Partnership);
        var area = matcher.Find(cells, ManagementInformationColumns.Code, ManagementInformationColumns.Partnership, allowAbolished: false)?.Current;
        var start = cells.Date(ManagementInformationColumns.StartDate);
        var published = cells.Date(ManagementInformationColumns.PublicationDate);
        var outcome = ReadOutcome();
        var planRequired = ReadPlanRequired();
        var count = ReadCount();
        var link = ReadLink(out var linkOk);
        if (cells.Failed || area is null || start is null || published is null || outcome is null || planRequired is null || count is null || !linkOk)
        {
            return null;
        }
        if (published < start)
        {
            cells.Error(ManagementInformationColumns.PublicationDate, DiagnosticCodes.ImportInconsistentRow,
                $"the publication date {published:dd/MM/yyyy} is before the inspection start date {start:dd/MM/yyyy}.",
                "Check both dates against the report on Ofsted's website.");
        }
        var failings = outcome == InspectionOutcome.WidespreadFailings;
        if (planRequired != failings)
        {
            cells.Error(ManagementInformationColumns.PlanRequired, DiagnosticCodes.ImportInconsistentRow,
                $"it is '{cells.Text(ManagementInformationColumns.PlanRequired)}' but the outcome is '{OutcomeStatements.ShortLabel(outcome.Value)}'.",
                "A priority action plan is required exactly when the outcome is widespread and/or systemic failings: check the row against the report.");
        }
        if (failings ? count < 1 : count != 0)
        {
            cells.Error(ManagementInformationColumns.PriorityActionCount, DiagnosticCodes.ImportInconsistentRow,
                failings && cells.IsNoNumber(ManagementInformationColumns.PriorityActionCount)
                    ? $"it is empty but the outcome is '{OutcomeStatements.ShortLabel(outcome.Value)}', which always comes with areas for priority action."
                    : $"it is {count} but the outcome is '{OutcomeStatements.ShortLabel(outcome.Value)}'.",
                "Only widespread and/or systemic failings come with areas for priority action (at least one); other outcomes have none.");
        }
        CheckRegion(area);
        return cells.Failed ? null : new ImportedInspection(cells.Row.Number, cells.PlaceOfRow, name, area, start.Value, published.Value, outcome.Value, count.Value, link);
    }

    /// <summary>
    /// Ofsted's region for the row should be the registry's: a difference is a warning, because it means one of
    /// the two is wrong and parents browse the site by region, but it does not stop the import.
    /// </summary>
    private void CheckRegion(Area area)
    {
        var region = cells.Text(ManagementInformationColumns.Region);
        if (region.Length > 0 && AreaNames.Normalise(region) != AreaNames.Normalise(area.Region))
        {
            cells.Warning(ManagementInformationColumns.Region, DiagnosticCodes.ImportRegionDiffers,
                $"Ofsted gives the region of {area.Name} as '{region}', but areas.yml says '{area.Region}'.",
                "Check which is right; if areas.yml is wrong, correct the area's region there.");
        }
    }

    private InspectionOutcome? ReadOutcome()
    {
        var text = cells.Text(ManagementInformationColumns.Outcome);
        var outcomes = Enum.GetValues<InspectionOutcome>();
        foreach (var outcome in outcomes)
        {
            if (string.Equals(text, OutcomeStatements.ShortLabel(outcome), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, OutcomeStatements.Official(outcome), StringComparison.OrdinalIgnoreCase))
            {
                return outcome;
            }
        }
        cells.Error(ManagementInformationColumns.Outcome, DiagnosticCodes.ImportUnknownOutcome,
            $"'{text}' is not one of the three outcomes.",
            $"Use one of Ofsted's short labels: {string.Join("; ", outcomes.Select(o => $"'{OutcomeStatements.ShortLabel(o)}'"))}.");
        return null;
    }

    private bool? ReadPlanRequired()
    {
        var text = cells.Text(ManagementInformationColumns.PlanRequired);
        switch (text.ToLowerInvariant())
        {
            case Yes:
                return true;
            case No:
                return false;
            default:
                cells.Error(ManagementInformationColumns.PlanRequired, DiagnosticCodes.ImportBadAnswer, $"it is '{text}'.", "Write Yes or No.");
                return null;
        }
    }

    /// <summary>Ofsted leaves the count empty when there are no areas for priority action; a CSV export may write NA.</summary>
    private int? ReadCount()
    {
        var column = ManagementInformationColumns.PriorityActionCount;
        return cells.IsNoNumber(column) ? 0 : cells.Count(column);
    }

    /// <summary>
    /// The report's address: a HYPERLINK formula's or a link's, or the cell's text when that is an address. A cell
    /// whose address was lost (a CSV export keeps "Report webpage") has none, and <paramref name="ok"/> stays
    /// true: the caller warns once for all such rows. Anything else that is not https is an error.
    /// </summary>
    private Uri? ReadLink(out bool ok)
    {
        var cell = cells.Cell(ManagementInformationColumns.Link);
        var address = cell.Link ?? cell.Text.Trim();
        ok = true;
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            return uri;
        }
        if (cell.Link is null && !address.Contains("://", StringComparison.Ordinal) && !address.Contains('.', StringComparison.Ordinal))
        {
            return null; // only words such as "Report webpage", or nothing: the address was lost, not wrong
        }
        ok = false;
        cells.Error(ManagementInformationColumns.Link, DiagnosticCodes.ImportBadLink, $"'{address}' is not an https:// address.",
            "Give the https:// address of the report's page on Ofsted's website: the site links to it as the full report.");
        return null;
    }
}
