using SendSite.Content;
using SendSite.Diagnostics;
using SendSite.Loading;

namespace SendSite.Import;

/// <summary>
/// `import`: Ofsted's management information into report files, one per inspection. All rows are checked
/// before anything is written, so a file with any problem changes nothing; then every new or changed file
/// is written beside its target and renamed over it, so a file is never left half-written. Files are
/// compared byte for byte, so importing the same CSV twice changes nothing.
/// </summary>
public static class ReportImporter
{
    private const string TemporarySuffix = ".import-tmp";

    /// <param name="inputFolder">The site's input folder (its areas.yml is the registry rows are matched against).</param>
    /// <param name="csvPath">The CSV file; problems in it are reported against this path as given.</param>
    /// <param name="inputProblems">Problems in the input folder itself (areas.yml), with paths relative to it.</param>
    /// <param name="csvProblems">Problems in the CSV.</param>
    public static ImportSummary? Run(string inputFolder, string csvPath, DiagnosticBag inputProblems, DiagnosticBag csvProblems)
    {
        var paths = new InputPaths(inputFolder);
        if (!Directory.Exists(paths.Root))
        {
            inputProblems.Add(Diagnostic.Error(SourceLocation.StartOf(InputPaths.AreasFile), DiagnosticCodes.MissingFile,
                $"The input folder {inputFolder} does not exist.", "Run `init <folder>` first, or pass --input with the site's input folder."));
            return null;
        }
        var areas = AreaRegistryLoader.Load(new SourceFileReader(paths, inputProblems));
        if (inputProblems.HasErrors || areas.Count == 0)
        {
            return null;
        }
        string text;
        try
        {
            if (Utf8FileText.Read(csvPath, csvPath, DiagnosticCodes.NotUtf8, out var notUtf8) is not { } read)
            {
                csvProblems.Add(notUtf8!); // a CSV saved by Excel as "CSV" (not "CSV UTF-8") is Windows-1252
                return null;
            }
            text = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            csvProblems.Add(Diagnostic.Error(SourceLocation.StartOf(csvPath), DiagnosticCodes.ImportUnreadableFile,
                $"{csvPath} cannot be read: {e.Message}", "Check the path of the CSV file."));
            return null;
        }
        var records = CsvParser.Parse(text, csvPath, csvProblems);
        if (csvProblems.HasErrors)
        {
            return null;
        }
        var rows = new ManagementInformationReader(csvPath, new AreaNameMatcher(areas), csvProblems).Read(records);
        if (csvProblems.HasErrors)
        {
            return null;
        }
        var changes = rows
            .Select(row => Plan(paths, row))
            .OrderBy(c => c.RelativePath, StringComparer.Ordinal)
            .ToList();
        return Write(paths, changes, csvPath, csvProblems) ? new ImportSummary(changes) : null;
    }

    private static ImportChange Plan(InputPaths paths, ImportedInspection row)
    {
        var relative = $"{InputPaths.ReportsFolder}/{row.Area.Slug}/{row.ReportId}.md";
        var text = ReportStub.Text(row);
        var full = paths.Full(relative);
        if (!File.Exists(full))
        {
            return new ImportChange(relative, ImportChangeKind.Created, text, []);
        }
        var existing = File.ReadAllText(full);
        if (!ReportStub.IsImported(existing))
        {
            return new ImportChange(relative, ImportChangeKind.KeptWrittenByHand, existing, []);
        }
        if (existing == text)
        {
            return new ImportChange(relative, ImportChangeKind.Unchanged, text, []);
        }
        var before = ReportStub.ReadFields(existing);
        var changed = ReportStub.Fields(row)
            .Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value)
            .Select(f => f.Key)
            .ToList();
        return new ImportChange(relative, ImportChangeKind.Updated, text, changed.Count > 0 ? changed : ["comments or layout"]);
    }

    private static bool Write(InputPaths paths, IReadOnlyList<ImportChange> changes, string csvPath, DiagnosticBag problems)
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
            problems.Add(Diagnostic.Error(SourceLocation.StartOf(csvPath), DiagnosticCodes.ImportUnreadableFile,
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
