using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Input.Loading;

/// <summary>
/// Reads a body's text again from its file, for the one moment it is checked or rendered. The file must be the
/// one that was loaded (same size and time of last change, same length of body): otherwise its front matter,
/// already checked and modelled, might not belong to this text, so the build stops and says to run it again.
/// </summary>
public static class MarkdownBodyReader
{
    public static string? Read(MarkdownBody body, out Diagnostic? problem)
    {
        problem = null;
        string text;
        try
        {
            if (FileStamp.Of(body.FullPath) != body.Stamp)
            {
                problem = Changed(body);
                return null;
            }
            // Checked again here: the file was UTF-8 when loaded, and a save since would fail the stamp check above.
            if (Utf8FileText.Read(body.FullPath, body.File, DiagnosticCodes.NotUtf8, out problem) is not { } read)
            {
                return null;
            }
            text = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = Diagnostic.Error(SourceLocation.StartOf(body.File), DiagnosticCodes.UnreadableFile,
                $"{body.File} cannot be read: {e.Message}", "Check the file exists and is readable, then run the build again.");
            return null;
        }
        if (text.Length != body.Offset + body.Length)
        {
            problem = Changed(body);
            return null;
        }
        return body.Offset == 0 ? text : text[body.Offset..];
    }

    private static Diagnostic Changed(MarkdownBody body) =>
        Diagnostic.Error(SourceLocation.StartOf(body.File), DiagnosticCodes.UnreadableFile,
            $"{body.File} changed while the site was being built, so what was checked is not what would be published.",
            "Run the build again once the file is saved.");
}
