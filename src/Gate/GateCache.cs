using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SendSite.Gate;

/// <summary>
/// Never check the same bytes twice. A page's browser result is kept under a key made of the gate's fingerprint
/// (<see cref="GateFingerprint"/>: axe-core, the rules, the gate's code, the exceptions file), the page's address
/// and the page's bytes; it is used again only if every file the page loaded when it was checked (stylesheets,
/// scripts, images, data its scripts fetched) still has the same bytes. The Nu Html Checker's result is kept the
/// same way, keyed by the checker's version and the page's bytes. One JSON file per result, written to a temporary
/// name and renamed, so a run that stops half-way leaves no torn entry. The folder is outside the site: the cache
/// never changes a published byte.
/// </summary>
public sealed class GateCache
{
    /// <summary>The folder's name beside the output folder, where <c>build</c> keeps it and <c>check</c> finds it.</summary>
    public const string DefaultFolderName = ".gate-cache";

    private const string PagesFolder = "pages";
    private const string HtmlFolder = "html";
    private const string InventoryFolder = "inventory";

    /// <summary>
    /// What a page's inventory entry depends on besides its bytes: the gate's code that reads it (the assembly's module
    /// version id), not axe or the exceptions file, so a new exception does not make every page be parsed again.
    /// </summary>
    private static readonly string InventoryFingerprint =
        $"send-site inventory 1\n{typeof(GateCache).Assembly.ManifestModule.ModuleVersionId}";
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly string? folder;
    private readonly string fingerprint;
    private readonly string htmlFingerprint;
    private readonly SiteFileHashes hashes;
    private readonly ConcurrentDictionary<string, bool> used = new(StringComparer.Ordinal);

    private GateCache(string? folder, string fingerprint, string htmlFingerprint, SiteFileHashes hashes)
    {
        this.folder = folder;
        this.fingerprint = fingerprint;
        this.htmlFingerprint = htmlFingerprint;
        this.hashes = hashes;
    }

    /// <summary>A cache in <paramref name="folder"/>, or when it is null one that remembers nothing.</summary>
    public static GateCache Open(string? folder, string siteDirectory, string fingerprint, string htmlFingerprint) =>
        new(folder is null ? null : Path.GetFullPath(folder), fingerprint, htmlFingerprint, new SiteFileHashes(siteDirectory));

    /// <summary>The folder beside the site folder where the build keeps its cache (the parent of output/ and output.staging/).</summary>
    public static string DefaultFolderFor(string siteDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(siteDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", DefaultFolderName);

    public bool IsEnabled => folder is not null;

    /// <summary>The browser's result for the page, if one was kept for these bytes and everything it loaded is unchanged.</summary>
    /// <param name="deep">The Tab walk is needed: a result without it will not do.</param>
    public IReadOnlyList<GateProblem>? FindScan(string sitePath, bool deep)
    {
        var (entry, name) = Read<CachedResult>(fingerprint, PagesFolder, sitePath);
        if (entry is null || entry.Page != sitePath || (deep && !entry.Deep)
            || entry.Dependencies.Any(dependency => hashes.Of(dependency.Key) != dependency.Value))
        {
            return null;
        }
        used[name] = true;
        return entry.Problems;
    }

    /// <summary>Keeps a finished scan, with the hashes of what the page loaded (and what its markup names).</summary>
    public void KeepScan(string sitePath, bool deep, IEnumerable<string> loadedUrlPaths, IReadOnlyList<GateProblem> problems)
    {
        if (folder is null)
        {
            return;
        }
        var dependencies = loadedUrlPaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .ToDictionary(path => path, hashes.Of, StringComparer.Ordinal);
        var key = Key(fingerprint, PagesFolder, sitePath);
        Write(PagesFolder, key, new CachedResult(sitePath, deep, dependencies, problems));
    }

    /// <summary>The Nu Html Checker's result for the page's bytes, if one was kept.</summary>
    public IReadOnlyList<GateProblem>? FindHtml(string sitePath)
    {
        var (entry, name) = Read<CachedResult>(htmlFingerprint, HtmlFolder, sitePath);
        if (entry is null || entry.Page != sitePath)
        {
            return null;
        }
        used[name] = true;
        return entry.Problems;
    }

    public void KeepHtml(string sitePath, IReadOnlyList<GateProblem> problems)
    {
        if (folder is not null)
        {
            Write(HtmlFolder, Key(htmlFingerprint, HtmlFolder, sitePath), new CachedResult(sitePath, false, new Dictionary<string, string>(), problems));
        }
    }

    /// <summary>What the inventory read from the page's bytes (<see cref="SiteInventory"/>), if they were read before.</summary>
    public SitePage? FindPage(string sitePath)
    {
        var (entry, name) = Read<CachedPage>(InventoryFingerprint, InventoryFolder, sitePath);
        if (entry is null || entry.Page != sitePath)
        {
            return null;
        }
        used[name] = true;
        return entry.ToSitePage();
    }

    public void KeepPage(SitePage page)
    {
        if (folder is not null)
        {
            Write(InventoryFolder, Key(InventoryFingerprint, InventoryFolder, page.Path), CachedPage.Of(page));
        }
    }

    /// <summary>
    /// Removes every result this run neither used nor wrote: after a run over the whole site those are of pages
    /// or bytes that no longer exist, and the folder stays the size of one site.
    /// </summary>
    public int Prune()
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return 0;
        }
        var removed = 0;
        // Only the gate's own folders: the build keeps other things here too (the search index's parts).
        var files = new[] { PagesFolder, HtmlFolder, InventoryFolder }
            .Select(kind => Path.Combine(folder, kind))
            .Where(Directory.Exists)
            .SelectMany(kind => Directory.EnumerateFiles(kind, "*", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            if (!used.ContainsKey(Path.GetRelativePath(folder, file)))
            {
                File.Delete(file);
                removed++;
            }
        }
        return removed;
    }

    private static string EntryName(string kind, string key) => Path.Combine(kind, key + ".json");

    private string Key(string print, string kind, string sitePath)
    {
        var text = $"{print}\n{kind}\n{sitePath}\n{hashes.OfFile(sitePath)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The entry kept for the page's bytes under <paramref name="print"/>, and its name. Without a folder there is none,
    /// and the page is not read to make its key: `check --no-cache` would otherwise hash every page of the site.
    /// </summary>
    private (T? Entry, string Name) Read<T>(string print, string kind, string sitePath) where T : class
    {
        if (folder is null)
        {
            return (null, "");
        }
        var name = EntryName(kind, Key(print, kind, sitePath));
        try
        {
            var file = Path.Combine(folder, name);
            return (File.Exists(file) ? JsonSerializer.Deserialize<T>(File.ReadAllText(file), Json) : null, name);
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return (null, name); // a damaged entry is a miss: the page is checked again and the entry rewritten
        }
    }

    private void Write<T>(string kind, string key, T entry)
    {
        var directory = Path.Combine(folder!, kind);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, key + ".json");
        var temporary = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(entry, Json));
        File.Move(temporary, file, overwrite: true);
        used[EntryName(kind, key)] = true;
    }
}
