using System.Text;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// The same corpus as a Hugo site: the same Markdown bodies, front matter Hugo understands (title, date,
/// draft; future dates are held back as embargoes are), areas as sections, and <see cref="HugoLayouts"/>.
/// The corpus is send-site's own format written by <c>corpus</c>, so plain line reading is enough here.
/// </summary>
public static class HugoSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string inputFolder, string hugoFolder)
    {
        if (Directory.Exists(hugoFolder))
        {
            Directory.Delete(hugoFolder, recursive: true);
        }
        var content = Path.Combine(hugoFolder, "content");
        Directory.CreateDirectory(content);
        var site = ReadFields(File.ReadAllLines(Path.Combine(inputFolder, "site.yml")));
        File.WriteAllText(Path.Combine(hugoFolder, "config.toml"),
            $"baseURL = \"{site["base_url"]}\"\nlanguageCode = \"en-gb\"\ntitle = \"{site["title"]}\"\n" +
            "disableKinds = [\"taxonomy\", \"term\"]\n" +
            $"[params]\npublisher = \"{site["publisher"]}\"\nsample_notice = \"{site["sample_notice"]}\"\n" +
            "[markup.goldmark.renderer]\nunsafe = false\n", Utf8);
        foreach (var (path, text) in HugoLayouts.Files)
        {
            var full = Path.Combine(hugoFolder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, Utf8);
        }
        File.WriteAllText(Path.Combine(content, "_index.md"), $"---\ntitle: \"{site["title"]}\"\n---\n", Utf8);
        Directory.CreateDirectory(Path.Combine(content, "areas"));
        File.WriteAllText(Path.Combine(content, "areas", "_index.md"), "---\ntitle: Areas A to Z\ntype: arealist\n---\n", Utf8);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in ReadAreas(Path.Combine(inputFolder, "areas.yml")))
        {
            names[area["slug"]] = area["name"];
            var folder = Directory.CreateDirectory(Path.Combine(content, "areas", area["slug"])).FullName;
            File.WriteAllText(Path.Combine(folder, "_index.md"),
                $"---\ntitle: \"{area["name"]}\"\ntype: area\nregion: \"{area["region"]}\"\ncouncil: \"{area["council"]}\"\nicb: \"{area["icb"]}\"\ncode: {area["code"]}\n---\n", Utf8);
        }
        Parallel.ForEach(Directory.EnumerateFiles(Path.Combine(inputFolder, "reports"), "*.md", SearchOption.AllDirectories), file =>
            Convert(file, content, "reports", "report", names));
        Parallel.ForEach(Directory.EnumerateFiles(Path.Combine(inputFolder, "plans"), "*.md", SearchOption.AllDirectories), file =>
            Convert(file, content, "plans", "plan", names));
        foreach (var page in Directory.EnumerateFiles(Path.Combine(inputFolder, "pages"), "*.md"))
        {
            File.Copy(page, Path.Combine(content, Path.GetFileName(page)));
        }
    }

    /// <summary>Rewrites one report or plan: Hugo's own keys first, the rest of the front matter kept as params.</summary>
    private static void Convert(string file, string content, string folder, string type, IReadOnlyDictionary<string, string> names)
    {
        var text = File.ReadAllText(file);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var frontMatter = text[4..end].Split('\n');
        var body = text[(end + 5)..];
        var fields = ReadFields(frontMatter);
        var area = fields["area"];
        var id = Path.GetFileNameWithoutExtension(file);
        var title = fields.TryGetValue("title", out var own)
            ? own
            : $"\"{names[area]} {(fields["kind"] == "full-inspection" ? "full inspection" : "monitoring inspection")}, {id[..10]}\"";
        var output = new StringBuilder(text.Length + 200);
        output.Append("---\ntitle: ").Append(title).Append('\n');
        output.Append("date: ").Append(fields["published"]).Append('\n');
        output.Append("draft: ").Append(fields["status"] == "draft" ? "true" : "false").Append('\n');
        output.Append("type: ").Append(type).Append('\n');
        output.Append(type).Append("_kind: ").Append(fields["kind"]).Append('\n');
        foreach (var line in frontMatter)
        {
            if (!line.StartsWith('#') && !IsKey(line, "published") && !IsKey(line, "status") && !IsKey(line, "kind") && !IsKey(line, "title"))
            {
                output.Append(line).Append('\n');
            }
        }
        output.Append("---\n").Append(body);
        var target = Directory.CreateDirectory(Path.Combine(content, "areas", area, folder)).FullName;
        File.WriteAllText(Path.Combine(target, id + ".md"), output.ToString(), Utf8);
    }

    private static bool IsKey(string line, string key) => line.StartsWith(key + ":", StringComparison.Ordinal);

    /// <summary>Top-level "key: value" lines; the value as written (quotes kept where they were).</summary>
    private static Dictionary<string, string> ReadFields(IEnumerable<string> lines)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && !line.StartsWith(' ') && !line.StartsWith('#') && !line.StartsWith('-'))
            {
                fields[line[..colon]] = line[(colon + 2)..];
            }
        }
        return fields;
    }

    private static IEnumerable<Dictionary<string, string>> ReadAreas(string areasFile)
    {
        Dictionary<string, string>? current = null;
        foreach (var line in File.ReadLines(areasFile))
        {
            if (line.StartsWith("  - slug: ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return current;
                }
                current = new Dictionary<string, string>(StringComparer.Ordinal) { ["slug"] = line[10..] };
            }
            else if (current is not null && line.StartsWith("    ", StringComparison.Ordinal) && line.Contains(": ", StringComparison.Ordinal))
            {
                var trimmed = line.Trim();
                var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
                current[trimmed[..colon]] = trimmed[(colon + 2)..].Trim('"');
            }
        }
        if (current is not null)
        {
            yield return current;
        }
    }
}
