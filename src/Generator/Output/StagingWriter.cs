using System.Text;
using SendSite.Engine;

namespace SendSite.Output;

/// <summary>
/// Writes the built documents into a fresh staging folder beside the output folder. Nothing here touches
/// the published output: it is replaced only after the whole build and the gate have passed.
/// </summary>
public static class StagingWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string StagingFolderFor(string outputFolder) => Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + ".staging";

    public static string Write(IReadOnlyList<Document> documents, string outputFolder)
    {
        var staging = StagingFolderFor(outputFolder);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
        Directory.CreateDirectory(staging);
        foreach (var folder in documents.Select(d => Path.GetDirectoryName(d.Destination)).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(staging, folder!));
        }
        Parallel.ForEach(documents, document =>
        {
            var path = Path.Combine(staging, document.Destination);
            if (document.Text is not null)
            {
                File.WriteAllText(path, document.Text, Utf8);
            }
            else
            {
                File.Copy(document.SourcePath!, path, overwrite: true);
            }
        });
        return staging;
    }
}
