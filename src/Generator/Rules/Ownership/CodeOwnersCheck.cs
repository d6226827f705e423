using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Input.Loading;

namespace SendSite.Rules.Ownership;

/// <summary>
/// Fails validation when .github/CODEOWNERS is missing or differs from what `send-site codeowners` would write,
/// so a change of owners in areas.yml cannot be merged without the rule that enforces it. Checked only when the
/// input folder sits in a repository with a .github folder (see <see cref="CodeOwnersLocation"/>).
/// </summary>
public static class CodeOwnersCheck
{
    public static void Check(InputPaths input, ContentSet content, DiagnosticBag diagnostics)
    {
        var location = CodeOwnersLocation.For(input);
        if (!location.IsInRepository)
        {
            return;
        }
        if (content.Settings.PublisherOwners.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf("site.yml"), DiagnosticCodes.NoPublisherOwners,
                "site.yml has no publisher_owners, so nobody would have to approve changes to reports, areas.yml, the theme or the code.",
                "Add publisher_owners: with the GitHub team that publishes the site, e.g. publisher_owners: [\"@your-org/send-publishers\"], then run `send-site codeowners`."));
        }
        var expected = CodeOwnersFile.Generate(content.Settings, content.Areas, location.InputFromRoot);
        if (!File.Exists(location.FilePath))
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(location.FromInput), DiagnosticCodes.CodeOwnersMissing,
                $"{CodeOwnersFile.RelativePath} does not exist, so GitHub would let anyone with write access approve any area's plans.",
                $"Run `{CodeOwnersFile.Command}` and commit the file it writes."));
            return;
        }
        var actual = File.ReadAllText(location.FilePath).ReplaceLineEndings("\n");
        if (actual != expected)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(location.FromInput, FirstDifferentLine(actual, expected), 1), DiagnosticCodes.CodeOwnersOutOfDate,
                $"{CodeOwnersFile.RelativePath} is out of date: it does not match the owners in site.yml and areas.yml.",
                $"Run `{CodeOwnersFile.Command}` and commit the file it writes; do not edit it by hand."));
        }
    }

    private static int FirstDifferentLine(string actual, string expected)
    {
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var line = 0;
        while (line < a.Length && line < e.Length && a[line] == e[line])
        {
            line++;
        }
        return line + 1;
    }
}
