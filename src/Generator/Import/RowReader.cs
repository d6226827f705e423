using SendSite.Content;
using SendSite.Diagnostics;

namespace SendSite.Import;

/// <summary>Checks one row of the management information and, when it has no problem, makes it an <see cref="ImportedInspection"/>.</summary>
internal sealed class RowReader(string file, CsvRecord record, IReadOnlyDictionary<string, int> columns, AreaNameMatcher matcher, DiagnosticBag diagnostics)
{
    private const string Yes = "yes";
    private const string No = "no";
    private bool failed;

    public ImportedInspection? Read()
    {
        // A short row's missing cells would read as empty ("no priority actions"): it is an error naming them.
        var missing = ManagementInformationColumns.Required
            .Where(column => columns[ManagementInformationReader.Key(column)] >= record.Fields.Count)
            .ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, record.Line, 1), DiagnosticCodes.ImportMissingColumn,
                $"Row on line {record.Line} has {record.Fields.Count} cells and ends before the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(c => $"'{c}'"))}.",
                "Add the missing cells (an empty cell is nothing between two commas), or save the sheet as CSV again."));
            return null;
        }
        var name = Text(ManagementInformationColumns.Partnership);
        var area = MatchArea(name);
        var start = ReadDate(ManagementInformationColumns.StartDate);
        var published = ReadDate(ManagementInformationColumns.PublicationDate);
        var outcome = ReadOutcome();
        var planRequired = ReadPlanRequired();
        var count = ReadCount();
        var link = ReadLink();
        if (failed || area is null || start is null || published is null || outcome is null || planRequired is null || count is null || link is null)
        {
            return null;
        }
        if (published < start)
        {
            Error(ManagementInformationColumns.PublicationDate, DiagnosticCodes.ImportInconsistentRow,
                $"the publication date {published:dd/MM/yyyy} is before the inspection start date {start:dd/MM/yyyy}.",
                "Check both dates against the report on Ofsted's website.");
        }
        var failings = outcome == InspectionOutcome.WidespreadFailings;
        if (planRequired != failings)
        {
            Error(ManagementInformationColumns.PlanRequired, DiagnosticCodes.ImportInconsistentRow,
                $"'{ManagementInformationColumns.PlanRequired}' is '{Text(ManagementInformationColumns.PlanRequired)}' but the outcome is '{OutcomeStatements.ShortLabel(outcome.Value)}'.",
                "A priority action plan is required exactly when the outcome is widespread and/or systemic failings: check the row against the report.");
        }
        if (failings ? count < 1 : count != 0)
        {
            Error(ManagementInformationColumns.PriorityActionCount, DiagnosticCodes.ImportInconsistentRow,
                $"'{ManagementInformationColumns.PriorityActionCount}' is {count} but the outcome is '{OutcomeStatements.ShortLabel(outcome.Value)}'.",
                "Only widespread and/or systemic failings come with areas for priority action (at least one); other outcomes have none.");
        }
        CheckRegion(area);
        return failed ? null : new ImportedInspection(record.Line, name, area, start.Value, published.Value, outcome.Value, count.Value, link);
    }

    private string Text(string column) => ManagementInformationReader.Cell(record, columns[ManagementInformationReader.Key(column)]);

    private Area? MatchArea(string name)
    {
        if (name.Length == 0)
        {
            Error(ManagementInformationColumns.Partnership, DiagnosticCodes.ImportUnknownArea,
                "the local area partnership is empty.", "Fill in the area's name as Ofsted writes it.");
            return null;
        }
        var match = matcher.Find(name);
        if (match.Single is { } area)
        {
            return area;
        }
        if (match.Candidates.Count == 0)
        {
            Error(ManagementInformationColumns.Partnership, DiagnosticCodes.ImportUnknownArea,
                $"no area in areas.yml is called '{name}' (by its name, official name, aliases or former names).",
                "Check the spelling against areas.yml; if Ofsted uses another spelling of a known area, add it to that area's aliases.");
            return null;
        }
        var candidates = string.Join("; ", match.Candidates.Select(c => $"{c.Area.Name} ({c.Area.Slug}, known as '{c.MatchedName}')"));
        Error(ManagementInformationColumns.Partnership, DiagnosticCodes.ImportAmbiguousArea,
            $"'{name}' could mean more than one area: {candidates}.",
            "The name belonged to an area that was split or merged, and Ofsted does not carry outcomes over: check which area the report is about and give it that area's current name.");
        return null;
    }

    /// <summary>
    /// Ofsted's region for the row should be the registry's: a difference is a warning, because it means one of
    /// the two is wrong and parents browse the site by region, but it does not stop the import.
    /// </summary>
    private void CheckRegion(Area area)
    {
        if (!columns.TryGetValue(ManagementInformationReader.Key(ManagementInformationColumns.Region), out var index))
        {
            return;
        }
        var region = ManagementInformationReader.Cell(record, index);
        if (region.Length > 0 && AreaNames.Normalise(region) != AreaNames.Normalise(area.Region))
        {
            diagnostics.Add(Diagnostic.Warning(new SourceLocation(file, record.Line, index + 1), DiagnosticCodes.ImportRegionDiffers,
                $"Row on line {record.Line}: Ofsted gives the region of {area.Name} as '{region}', but areas.yml says '{area.Region}'.",
                "Check which is right; if areas.yml is wrong, correct the area's region there."));
        }
    }

    private DateOnly? ReadDate(string column)
    {
        var text = Text(column);
        if (ManagementInformationReader.TryParseDate(text, out var date))
        {
            return date;
        }
        Error(column, DiagnosticCodes.ImportBadDate,
            text.Length == 0 ? $"'{column}' is empty." : $"'{column}' is '{text}', which is not a date written dd/mm/yyyy.",
            "Write the date as Ofsted does, day/month/year, e.g. 08/05/2023.");
        return null;
    }

    private InspectionOutcome? ReadOutcome()
    {
        var text = Text(ManagementInformationColumns.Outcome);
        var outcomes = Enum.GetValues<InspectionOutcome>();
        foreach (var outcome in outcomes)
        {
            if (string.Equals(text, OutcomeStatements.ShortLabel(outcome), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, OutcomeStatements.Official(outcome), StringComparison.OrdinalIgnoreCase))
            {
                return outcome;
            }
        }
        Error(ManagementInformationColumns.Outcome, DiagnosticCodes.ImportUnknownOutcome,
            $"'{text}' is not one of the three outcomes.",
            $"Use one of Ofsted's short labels: {string.Join("; ", outcomes.Select(o => $"'{OutcomeStatements.ShortLabel(o)}'"))}.");
        return null;
    }

    private bool? ReadPlanRequired()
    {
        var text = Text(ManagementInformationColumns.PlanRequired);
        switch (text.ToLowerInvariant())
        {
            case Yes:
                return true;
            case No:
                return false;
            default:
                Error(ManagementInformationColumns.PlanRequired, DiagnosticCodes.ImportInconsistentRow,
                    $"'{ManagementInformationColumns.PlanRequired}' is '{text}'.", "Write Yes or No.");
                return null;
        }
    }

    private int? ReadCount()
    {
        var text = Text(ManagementInformationColumns.PriorityActionCount);
        if (text.Length == 0 || text == "-")
        {
            return 0; // Ofsted leaves the count empty when there are no areas for priority action
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        Error(ManagementInformationColumns.PriorityActionCount, DiagnosticCodes.ImportBadNumber,
            $"'{ManagementInformationColumns.PriorityActionCount}' is '{text}', not a whole number.", "Write the number of areas for priority action, e.g. 3, or leave it empty for none.");
        return null;
    }

    private Uri? ReadLink()
    {
        var text = Text(ManagementInformationColumns.Link);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            return uri;
        }
        Error(ManagementInformationColumns.Link, DiagnosticCodes.ImportBadLink,
            text.Length == 0 ? $"'{ManagementInformationColumns.Link}' is empty." : $"'{ManagementInformationColumns.Link}' is '{text}', not an https:// address.",
            "Give the https:// address of the report's page on Ofsted's website: the site links to it as the full report.");
        return null;
    }

    private void Error(string column, string code, string message, string fix)
    {
        failed = true;
        var index = columns[ManagementInformationReader.Key(column)];
        diagnostics.Add(Diagnostic.Error(new SourceLocation(file, record.Line, index + 1), code,
            $"Row on line {record.Line}, column '{column}': {message}", fix));
    }
}
