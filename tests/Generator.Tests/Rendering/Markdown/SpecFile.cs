namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// Reads the spec files in Specs/, written like the CommonMark spec so they read as documentation:
/// prose and "## Section" headings, and examples fenced by a line of 32 backticks followed by "example".
/// Inside an example a line holding only "." separates Markdown, expected HTML and (optionally) expected
/// diagnostics; "→" stands for a tab, as in the CommonMark spec.
/// </summary>
public static class SpecFile
{
    private const string Fence = "````````````````````````````````";
    private const string ExampleFence = Fence + " example";
    private const string Separator = ".";
    private const string SectionPrefix = "## ";
    private const char TabStandIn = '→';

    public static string Folder { get; } = FindFolder();

    public static IReadOnlyList<SpecExample> ReadAll() =>
        [.. Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal).SelectMany(Read)];

    public static IEnumerable<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var section = string.Empty;
        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index].StartsWith(SectionPrefix, StringComparison.Ordinal))
            {
                section = lines[index][SectionPrefix.Length..];
            }
            else if (lines[index] == ExampleFence)
            {
                var start = index + 1;
                var end = Array.IndexOf(lines, Fence, start);
                if (end < 0)
                {
                    throw new InvalidDataException($"{path}:{index + 1}: example has no closing fence.");
                }

                yield return Parse($"{Path.GetFileName(path)}:{index + 1}", section, lines[start..end]);
                index = end;
            }
        }
    }

    private static SpecExample Parse(string id, string section, string[] body)
    {
        var parts = new List<List<string>> { new() };
        foreach (var line in body)
        {
            if (line == Separator)
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(line);
            }
        }

        if (parts.Count is < 2 or > 3)
        {
            throw new InvalidDataException($"{id}: an example needs Markdown, '.', HTML and optionally '.', diagnostics.");
        }

        var markdown = string.Join('\n', parts[0]).Replace(TabStandIn, '\t');
        var html = string.Join('\n', parts[1]);
        IReadOnlyList<string> diagnostics = parts.Count == 3 ? parts[2] : [];
        return new SpecExample(id, section, markdown, html, diagnostics);
    }

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SendSite.slnx")))
            {
                return Path.Combine(folder.FullName, "tests", "Generator.Tests", "Rendering", "Markdown", "Specs");
            }
        }

        throw new DirectoryNotFoundException("Could not find SendSite.slnx above the test output folder.");
    }
}
