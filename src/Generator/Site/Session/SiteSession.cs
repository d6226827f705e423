using System.Diagnostics;
using SendSite.Diagnostics;
using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Engine;
using SendSite.Input.Loading;
using SendSite.Rules.IssueForm;
using SendSite.Rules.Ownership;
using SendSite.Rules.Validation;
using SendSite.Rendering.Markdown;
using SendSite.Site.Addresses;

namespace SendSite.Site.Session;

/// <summary>
/// The one place that turns an input folder into what pipelines need: it loads every file, runs every rule, keeps
/// every problem by where it came from, models what is published at its moment (the build's --now) and makes the
/// build context. Bodies are checked against that model too: a link to another file is written as the page that file
/// publishes then (<see cref="PublishedPages"/>), and a link to one that publishes none is an error.
/// `build`, `validate` and `serve` all drive it: a build loads once; `serve` loads once and then follows saves with
/// <see cref="Reload"/>, which reads only the changed report and plan files again and says which areas they touch.
/// The rules across files run again on the whole set after a reload: a change to one file can break or mend another
/// (a plan answering a report that is gone).
/// </summary>
public sealed class SiteSession
{
    private readonly Dictionary<string, Report> reports;
    private readonly Dictionary<string, Plan> plans;
    private readonly HashSet<string> filesWithErrors;
    // Loading problems by the file they are about: replaced whole when that file is read again.
    private readonly Dictionary<string, List<Diagnostic>> loadProblems;
    private readonly IReadOnlyList<Diagnostic> ownershipAndManifestProblems;
    private IReadOnlyList<Diagnostic> ruleProblems = [];
    private ContentSet? content;
    // The bodies' renderer, which knows the image files it has checked (serve forgets those a save changed).
    private readonly MarkdownRenderer renderer;
    private readonly DateTimeOffset now;
    // The content as published at `now`, made again whenever the content changes; the bodies' links are written from
    // it, through `published`, which the renderer reads at each link (swapped whole, never changed in place).
    private SiteModel? model;
    private volatile PublishedPages published = PublishedPages.None;

    private SiteSession(InputPaths input, DateTimeOffset now, BodyMode mode, ContentSet? content, DiagnosticBag loading, IReadOnlyList<Diagnostic> ownershipAndManifest, UrlManifest manifest)
    {
        Input = input;
        this.now = now;
        // site.yml's image_hosts decide which images from other hosts bodies may show; serve loads a new session when
        // site.yml changes. Image files are found in the input folder, each checked once for the session.
        renderer = MarkdownRenderer.ForSite(content?.Settings.ImageHosts ?? [], input, () => published);
        Bodies = new MarkdownBodies(mode, renderer);
        this.content = content;
        reports = content?.Reports.ToDictionary(r => r.Body.File, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
        plans = content?.Plans.ToDictionary(p => p.Body.File, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
        filesWithErrors = new HashSet<string>(content?.FilesWithErrors ?? new HashSet<string>(), StringComparer.Ordinal);
        loadProblems = loading.Sorted.GroupBy(d => d.Location.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        ownershipAndManifestProblems = ownershipAndManifest;
        Manifest = manifest;
    }

    public InputPaths Input { get; }

    /// <summary>What was read; null only when site.yml could not be used at all (see <see cref="Diagnostics"/>).</summary>
    public ContentSet? Content => content;

    /// <summary>The Markdown bodies: read, checked and rendered when asked for, with their problems.</summary>
    public MarkdownBodies Bodies { get; }

    /// <summary>input/published-urls.txt, read and its lines checked (empty when the folder has none).</summary>
    public UrlManifest Manifest { get; }

    /// <summary>How long the rules across files took last time (serve's log shows it: they are most of an update).</summary>
    public TimeSpan RulesTime { get; private set; }

    /// <summary>Every problem known now: loading, the rules across files, ownership, the manifest and the bodies checked so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            var all = new DiagnosticBag();
            all.AddRange(loadProblems.Values.SelectMany(d => d));
            all.AddRange(ruleProblems);
            all.AddRange(ownershipAndManifestProblems);
            all.AddRange(Bodies.Problems);
            return all.Sorted;
        }
    }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Every slug an area has or had: the addresses the URL manifest may name.</summary>
    public IReadOnlySet<string> AreaSlugs =>
        (content?.Areas ?? []).SelectMany(a => a.FormerNames.Select(f => f.Slug).OfType<string>().Append(a.Slug)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Reads the whole input folder and runs every rule. With <see cref="BodyMode.Kept"/> every body is rendered now
    /// (serve shows their problems at once); a build renders them as it writes their pages.
    /// </summary>
    /// <param name="now">The moment the site is published at (--now): what the model holds, and so which files a body may link to.</param>
    public static SiteSession Load(InputPaths input, BodyMode mode, DateTimeOffset now, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var loading = new DiagnosticBag();
        var loaded = timings.Measure("load", () => InputLoader.Load(input, loading));
        var others = new DiagnosticBag();
        var manifest = new UrlManifest(UrlManifest.FileName, []);
        if (loaded is not null)
        {
            CodeOwnersCheck.Check(input, loaded, others);
            PlanFormCheck.Check(input.Given, loaded, others);
            manifest = UrlManifest.Load(input, others);
        }
        var session = new SiteSession(input, now, mode, loaded, loading, others.Sorted, manifest);
        if (loaded is not null)
        {
            // Before any body is checked: their links are written as the pages the model publishes.
            timings.Measure("model", session.Remodel);
            if (mode == BodyMode.Kept)
            {
                timings.Measure("markdown", () => session.Bodies.CheckRest(MarkdownBodies.Of(loaded)));
            }
            timings.Measure("validate", session.RunRules);
        }
        return session;
    }

    /// <summary>Checks every body no page has rendered yet: drafts, embargoed reports, or all of them for `validate`.</summary>
    public void CheckAllBodies(StageTimings? timings = null)
    {
        if (content is { } loaded)
        {
            (timings ?? new StageTimings()).Measure("markdown", () => Bodies.CheckRest(MarkdownBodies.Of(loaded)));
        }
    }

    /// <summary>Whether this path (relative to input/) was read as a file last time (it may have gone since).</summary>
    public bool Knows(string relativePath) =>
        reports.ContainsKey(relativePath) || plans.ContainsKey(relativePath) || filesWithErrors.Contains(relativePath) || loadProblems.ContainsKey(relativePath);

    /// <summary>
    /// Reads these report and plan files (relative to input/) again, dropping those that are gone, and runs the rules
    /// across files again. Returns the slugs of the areas whose pages may show what changed: the area each file was
    /// and is about, and the successors of a former area it names.
    /// </summary>
    public IReadOnlySet<string> Reload(IReadOnlyCollection<string> relativePaths)
    {
        var areas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in relativePaths)
        {
            Remember(areas, relative);
            reports.Remove(relative);
            plans.Remove(relative);
            filesWithErrors.Remove(relative);
            loadProblems.Remove(relative);
            Bodies.Forget(relative);
            var loading = new DiagnosticBag();
            ReadOne(relative, loading);
            if (loading.Sorted is { Count: > 0 } found)
            {
                loadProblems[relative] = [.. found];
            }
            Remember(areas, relative);
        }
        content = content! with
        {
            Reports = [.. reports.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value)],
            Plans = [.. plans.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value)],
            FilesWithErrors = filesWithErrors.ToHashSet(StringComparer.Ordinal),
        };
        // The bodies are checked once the site is modelled again: a link among the saved files goes to what they now publish.
        Remodel();
        foreach (var relative in relativePaths)
        {
            if (reports.TryGetValue(relative, out var report))
            {
                Bodies.Check(report.Body);
            }
            else if (plans.TryGetValue(relative, out var plan))
            {
                Bodies.Check(plan.Body);
            }
        }
        RunRules();
        return areas;
    }

    /// <summary>
    /// Image files (relative to input/) saved, added or deleted since they were looked at: what was found there is
    /// forgotten, and the Markdown files that showed them or looked for them (in any letter case) are returned, to be
    /// read again with <see cref="Reload"/> (reports and plans) or with everything.
    /// </summary>
    public IReadOnlySet<string> ForgetImageFiles(IReadOnlyCollection<string> relativePaths) =>
        renderer.ForgetImageFiles(relativePaths);

    /// <summary>
    /// The Markdown files whose links named any of these files (relative to input/: saved, added or deleted since), in
    /// any letter case: the page a link goes to may have come, gone or changed its publication, so they are read again
    /// with <see cref="Reload"/> (reports and plans) or with everything.
    /// </summary>
    public IReadOnlySet<string> LinkingTo(IReadOnlyCollection<string> relativePaths) =>
        renderer.LinkingTo(relativePaths);

    /// <summary>The site as published at the session's moment, at <paramref name="baseUrl"/> when given (else site.yml's).</summary>
    public SiteModel Model(Uri? baseUrl = null)
    {
        var site = model ?? throw new InvalidOperationException("site.yml could not be read: there is no site to model.");
        // The base URL is only carried by the settings: nothing in the model is derived from it.
        return baseUrl is null ? site : site with { Settings = site.Settings with { BaseUrl = baseUrl } };
    }

    /// <summary>What the pipelines share for one run over <paramref name="site"/>.</summary>
    public BuildContext Context(SiteModel site, SiteTheme theme, MarkdownBodies? bodies = null) =>
        new(site, theme.Templates(), theme.Assets, bodies ?? Bodies);

    // The same steps InputLoader takes for one file of reports/ or plans/, so its problems read the same.
    private void ReadOne(string relative, DiagnosticBag loading)
    {
        if (Path.GetFileName(relative).StartsWith('.') || !File.Exists(Input.Full(relative)))
        {
            return;
        }
        var reader = new SourceFileReader(Input, loading);
        bool failed;
        if (relative.StartsWith(InputPaths.ReportsFolder + "/", StringComparison.Ordinal))
        {
            if (InputLoader.ReadReport(reader, loading, relative, out failed) is { } report)
            {
                reports[relative] = report;
            }
        }
        else if (InputLoader.ReadPlan(reader, loading, relative, out failed) is { } plan)
        {
            plans[relative] = plan;
        }
        if (failed)
        {
            filesWithErrors.Add(relative);
        }
    }

    // Publication is decided by the model alone (SiteModelBuilder); the pages the bodies may link to are read from it.
    private void Remodel()
    {
        if (content is not { } loaded)
        {
            return;
        }
        model = SiteModelBuilder.Build(loaded, now, WorkingDayCalendar.EnglandAndWales);
        published = PublishedPages.Of(model, loaded);
    }

    private void RunRules()
    {
        var clock = Stopwatch.StartNew();
        var rules = new DiagnosticBag();
        ContentValidator.Check(content!, WorkingDayCalendar.EnglandAndWales, rules);
        // The alternative provision rule needs a report's headings, which only rendering gives: those few bodies are
        // rendered here, their problems kept with the bodies'.
        Parallel.ForEach(content!.Reports.Where(r => r.AlternativeProvisionSection is not null),
            report => AlternativeProvisionRules.Check(report, Bodies.Render(report.Body), rules));
        ruleProblems = rules.Sorted;
        RulesTime = clock.Elapsed;
    }

    private void Remember(HashSet<string> areas, string relative)
    {
        var parts = relative.Split('/');
        if (parts.Length >= 2)
        {
            areas.Add(parts[1]);
        }
        if (reports.TryGetValue(relative, out var report))
        {
            areas.Add(report.AreaSlug);
            AddFormer(areas, report.FormerArea);
        }
        if (plans.TryGetValue(relative, out var plan))
        {
            areas.Add(plan.AreaSlug);
            AddFormer(areas, plan.FormerArea);
        }
    }

    // What a former area's report or plan says can show on the page of every area that area became.
    private void AddFormer(HashSet<string> areas, string? formerSlug)
    {
        if (formerSlug is null)
        {
            return;
        }
        areas.Add(formerSlug);
        foreach (var area in content!.Areas.Where(a => a.FormerNames.Any(f => f.Slug == formerSlug)))
        {
            areas.Add(area.Slug);
        }
    }
}
