using System.Text;

namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// Writes a complete input folder for a scale and seed. The same scale and seed always give byte-identical
/// files: every area draws from its own seeded System.Random, so areas are written in parallel in any order.
/// </summary>
public static class CorpusWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static CorpusSummary Write(CorpusScale scale, string outputFolder, int seed)
    {
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }
        Directory.CreateDirectory(outputFolder);
        var areas = AreaRegistry.Create(scale.Areas, seed);
        File.WriteAllText(Path.Combine(outputFolder, "site.yml"), SiteFiles.SiteYaml, Utf8);
        File.WriteAllText(Path.Combine(outputFolder, "areas.yml"), AreaRegistry.ToYaml(areas), Utf8);
        var pages = Directory.CreateDirectory(Path.Combine(outputFolder, "pages")).FullName;
        foreach (var (slug, text) in SiteFiles.Pages)
        {
            File.WriteAllText(Path.Combine(pages, slug + ".md"), text, Utf8);
        }

        long reports = 0, plans = 0, bytes = 0;
        Parallel.ForEach(areas, area =>
        {
            var random = new Random(unchecked(seed * 1_000_003 + area.Index));
            var history = AreaHistory.Create(random);
            long written = 0;
            foreach (var report in history.Reports)
            {
                var followed = report.Follows is null ? null : history.Reports.First(r => r.Id == report.Follows);
                written += WriteFile(outputFolder, "reports", area.Slug, report.Id, ReportDocument.Write(area, report, followed, random));
            }
            foreach (var plan in history.Plans)
            {
                written += WriteFile(outputFolder, "plans", area.Slug, plan.Id, PlanDocument.Write(area, plan, random));
            }
            Interlocked.Add(ref reports, history.Reports.Count);
            Interlocked.Add(ref plans, history.Plans.Count);
            Interlocked.Add(ref bytes, written);
        });
        return new CorpusSummary(areas.Count, (int)reports, (int)plans, SiteFiles.Pages.Count, bytes);
    }

    private static long WriteFile(string root, string kind, string area, string id, string text)
    {
        var folder = Path.Combine(root, kind, area);
        Directory.CreateDirectory(folder);
        var data = Utf8.GetBytes(text);
        File.WriteAllBytes(Path.Combine(folder, id + ".md"), data);
        return data.Length;
    }
}
