using SendSite.Diagnostics;
using SendSite.Input.Loading;

namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// Opens the file given to `import` as sheets: an OpenDocument spreadsheet when it is a zip (its first bytes
/// are "PK", whatever its name ends with), otherwise CSV text.
/// </summary>
public static class SpreadsheetFile
{
    public static IReadOnlyList<Sheet>? Read(string path, DiagnosticBag diagnostics)
    {
        byte[] start = new byte[2];
        try
        {
            using (var stream = File.OpenRead(path))
            {
                stream.ReadAtLeast(start, 2, throwOnEndOfStream: false);
            }
            if (start[0] == (byte)'P' && start[1] == (byte)'K')
            {
                return OdsReader.Read(path, diagnostics);
            }
            if (path.EndsWith(".ods", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(path), DiagnosticCodes.ImportNotSpreadsheet,
                    $"{path} is named .ods but is not an OpenDocument spreadsheet (those are zip files).",
                    "Download the file from Ofsted's page on gov.uk again, or save it from a spreadsheet program as .ods or .csv."));
                return null;
            }
            // A CSV saved by Excel as "CSV" (not "CSV UTF-8") is Windows-1252: refused with its first bad byte, never read garbled.
            if (Utf8FileText.Read(path, path, DiagnosticCodes.NotUtf8, out var notUtf8) is not { } text)
            {
                diagnostics.Add(notUtf8!);
                return null;
            }
            var records = CsvParser.Parse(text, path, diagnostics);
            return diagnostics.HasErrors ? null : [CsvSheet.From(records)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(path), DiagnosticCodes.ImportUnreadableFile,
                $"{path} cannot be read: {e.Message}", "Check the path of the file."));
            return null;
        }
    }
}
