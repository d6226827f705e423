using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Input.Loading;
using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tools.Import;

/// <summary>
/// `import`: Ofsted's management information into report files, one per inspection, or the 2016-2022
/// statistics into input/earlier-inspections.yml (the header row tells the two apart). All rows are checked
/// before anything is written, so a file with any problem changes nothing; then every new or changed file
/// is written beside its target and renamed over it, so a file is never left half-written. Files are
/// compared byte for byte, so importing the same CSV twice changes nothing.
/// </summary>
public static class ReportImporter
{
    private const string TemporarySuffix = ".import-tmp";

    /// <param name="inputFolder">The site's input folder (its areas.yml is the registry rows are matched against).</param>
    /// <param name="filePath">Ofsted's file, .ods or .csv; problems in it are reported against this path as given.</param>
    /// <param name="inputProblems">Problems in the input folder itself (areas.yml), with paths relative to it.</param>
    /// <param name="fileProblems">Problems in Ofsted's file.</param>
    public static ImportSummary? Run(string inputFolder, string filePath, DiagnosticBag inputProblems, DiagnosticBag fileProblems)
    {
        var paths = new InputPaths(inputFolder);
        if (!Directory.Exists(paths.Root))
        {
            inputProblems.Add(Diagnostic.Error(SourceLocation.StartOf(InputPaths.AreasFile), DiagnosticCodes.MissingFile,
                $"The input folder {inputFolder} does not exist.", "Run `init <folder>` first, or pass --input with the site's input folder."));
            return null;
        }
        var areasFile = new SourceFileReader(paths, inputProblems).ReadYaml(InputPaths.AreasFile, "areas");
        var areas = areasFile is null ? [] : AreaRegistryLoader.Load(areasFile);
        if (inputProblems.HasErrors || areasFile is null || areas.Count == 0)
        {
            return null;
        }
        var abolished = AbolishedAreaLoader.Load(areasFile);
        var sheets = SpreadsheetFile.Read(filePath, fileProblems);
        if (sheets is null || fileProblems.HasErrors)
        {
            return null;
        }
        var matcher = new RegistryMatcher(areas, abolished);
        var changes = new List<ImportChange>();
        if (HeaderFinder.Find(sheets, ManagementInformationColumns.Partnership, ManagementInformationColumns.All) is { } managementInformation)
        {
            var rows = new ManagementInformationReader(filePath, matcher, fileProblems).Read(managementInformation);
            changes.AddRange(rows.Select(row => Plan(paths, row)));
        }
        else if (HeaderFinder.Find(sheets, StatisticsColumns.StatementRequired, StatisticsColumns.All) is { } statistics)
        {
            var rows = new StatisticsReader(filePath, matcher, fileProblems).Read(statistics);
            changes.Add(EarlierInspectionsImport.Plan(paths, rows));
        }
        else
        {
            fileProblems.Add(Diagnostic.Error(SourceLocation.StartOf(filePath), DiagnosticCodes.ImportMissingColumn,
                $"No sheet of {filePath} has a header row of either publication import reads: no cell says '{ManagementInformationColumns.Partnership.Heading}' "
                + $"(the 2023 framework's management information) or '{StatisticsColumns.StatementRequired.Heading}' (the 2016-2022 framework's statistics).",
                "Import one of Ofsted's published files as downloaded (see README, 'Importing Ofsted's data'): the .ods, or a CSV saved from it."));
            return null;
        }
        if (fileProblems.HasErrors)
        {
            return null;
        }
        changes.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return Write(paths, changes, filePath, fileProblems) ? new ImportSummary(changes) : null;
    }

    private static ImportChange Plan(InputPaths paths, ImportedInspection row)
    {
        var relative = $"{InputPaths.ReportsFolder}/{row.Area.Slug}/{row.ReportId}.md";
        var full = paths.Full(relative);
        if (!File.Exists(full))
        {
            return new ImportChange(relative, ImportChangeKind.Created, ReportStub.Text(row), []);
        }
        var existing = File.ReadAllText(full);
        if (!ReportStub.IsImported(existing))
        {
            return new ImportChange(relative, ImportChangeKind.KeptWrittenByHand, existing, []);
        }
        var before = ReportStub.ReadFields(existing);
        if (row.OfficialReport is null && before.TryGetValue("official_report", out var kept) && Uri.TryCreate(kept, UriKind.Absolute, out var keptUri))
        {
            row = row with { OfficialReport = keptUri }; // a CSV export lost the address an earlier .ods import gave: keep it
        }
        var text = ReportStub.Text(row);
        if (existing == text)
        {
            return new ImportChange(relative, ImportChangeKind.Unchanged, text, []);
        }
        var changed = ReportStub.Fields(row)
            .Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value)
            .Select(f => f.Key)
            .ToList();
        return new ImportChange(relative, ImportChangeKind.Updated, text, changed.Count > 0 ? changed : ["comments or layout"]);
    }

    private static bool Write(InputPaths paths, IReadOnlyList<ImportChange> changes, string filePath, DiagnosticBag problems)
    {
        var toWrite = changes.Where(c => c.Kind is ImportChangeKind.Created or ImportChangeKind.Updated).ToList();
        var written = new List<string>();
        try
        {
            foreach (var change in toWrite)
            {
                var full = paths.Full(change.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full + TemporarySuffix, change.Text);
                written.Add(full);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var full in written)
            {
                File.Delete(full + TemporarySuffix);
            }
            problems.Add(Diagnostic.Error(SourceLocation.StartOf(filePath), DiagnosticCodes.ImportUnreadableFile,
                $"The report files could not be written: {e.Message}. Nothing was changed.", "Check the input folder can be written to, and import again."));
            return false;
        }
        foreach (var full in written)
        {
            File.Move(full + TemporarySuffix, full, overwrite: true);
        }
        return true;
    }
}
