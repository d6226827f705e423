#:project ../src/Generator/Generator.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Measures the full-text search budget on a built site (docs/budgets.md, "Full-text search"):
//   - the bytes a browser downloads, from opening /search/ with an empty cache to seeing the first results;
//   - the time from pressing Enter (submit) to the results being on screen, cold (first query) and warm.
// The site is served by the gate's own loopback server and opened in the gate's Chromium, as the gate sees it.
//
//   dotnet run scripts/measure-search.cs -- --site output [--query transport --query therapy] [--runs 5] [--base-path /]
//
// Byte counts are what the loopback server sent (it does not compress), plus an estimate for a host that
// gzips text files (HTML, CSS, JS, JSON); Pagefind's index files are already compressed by Pagefind.
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;
using SendSite.Gate;

var site = "output";
var basePath = "/";
var runs = 5;
var queries = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--site": site = args[++i]; break;
        case "--query": queries.Add(args[++i]); break;
        case "--runs": runs = int.Parse(args[++i]); break;
        case "--base-path": basePath = args[++i]; break;
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}. Use --site DIR [--query WORD]... [--runs N] [--base-path /path/]");
            return 2;
    }
}
if (!File.Exists(Path.Combine(site, "search", "index.html")))
{
    Console.Error.WriteLine($"{site}/search/index.html does not exist: build the site first (the search page and its index are part of every build).");
    return 2;
}
if (queries.Count == 0)
{
    queries.AddRange(["transport", "therapy", "waiting"]);
}

await using var server = StaticSiteServer.Start(site, basePath);
await using var chromium = await ChromiumLauncher.LaunchAsync();
var searchUrl = new Uri(server.BaseAddress, basePath.TrimStart('/') + "search/");

// In the page: the time from the Enter key going down to the first frame after the results are rendered
// (the script sets data-state="done" once the list and the status line are written).
const string StopwatchScript = """
    () => new Promise(resolve => {
      const root = document.getElementById('search');
      let started = 0;
      document.addEventListener('keydown', e => { if (e.key === 'Enter') started = performance.now(); }, { capture: true, once: true });
      new MutationObserver((changes, observer) => {
        if (root.dataset.state === 'done' && started) {
          observer.disconnect();
          requestAnimationFrame(() => resolve({ ms: performance.now() - started, results: parseInt(document.getElementById('search-status').textContent, 10) || 0 }));
        }
      }).observe(root, { attributes: true, attributeFilter: ['data-state'] });
    })
    """;

Console.WriteLine($"# Full-text search measured on {Path.GetFullPath(site)}");
// A sharded index has a bundle per shard (search/pagefind, search/pagefind-2 ...), all merged by the page.
var bundles = Directory.GetDirectories(Path.Combine(site, "search"), "pagefind*");
Console.WriteLine($"Pages indexed: {bundles.Sum(IndexedPages)}; index folders: {bundles.Length}, {bundles.Sum(FolderBytes):N0} bytes on disk; runs per query: {runs}");
Console.WriteLine();
Console.WriteLine("| query | results (all) | bytes to first results (served) | of which search index | index requests | bytes with gzip on text | cold: Enter to results (ms) | warm: median Enter to results (ms) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

foreach (var query in queries)
{
    var cold = new List<double>();
    long served = 0, index = 0, gzipped = 0;
    var indexRequests = 0;
    var results = 0;
    for (var run = 0; run < runs; run++)
    {
        // A fresh context is an empty cache: the first visit of someone who has never used search.
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) =>
        {
            responses.Add(response);
            if (response.Status >= 400)
            {
                Console.Error.WriteLine($"warning: {response.Url} answered {response.Status}");
            }
        };
        // (Chromium asks for /favicon.ico by itself and logs its 404; that request is not the page's.)
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal)) Console.Error.WriteLine($"browser: {message.Text}"); };
        page.PageError += (_, error) => Console.Error.WriteLine($"browser: {error}");
        await page.GotoAsync(searchUrl.ToString());
        await page.WaitForSelectorAsync("#search[data-state=ready]");
        await page.FillAsync("#search-query", query);
        var timing = page.EvaluateAsync<JsonElement>(StopwatchScript);
        await page.FocusAsync("#search-query");
        await page.Keyboard.PressAsync("Enter");
        var measured = await timing;
        cold.Add(measured.GetProperty("ms").GetDouble());
        results = measured.GetProperty("results").GetInt32();
        if (run == 0)
        {
            (served, index, gzipped, indexRequests) = await CountBytes(responses);
        }
        await page.CloseAsync();
    }

    // Warm: the same visitor searching again (index chunks and the wasm already fetched).
    var warm = new List<double>();
    await using (var context = await chromium.Browser.NewContextAsync())
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(searchUrl.ToString());
        await page.WaitForSelectorAsync("#search[data-state=ready]");
        for (var run = 0; run <= runs; run++)
        {
            await page.FillAsync("#search-query", run % 2 == 0 ? query : query + " ");
            var timing = page.EvaluateAsync<JsonElement>(StopwatchScript);
            await page.FocusAsync("#search-query");
            await page.Keyboard.PressAsync("Enter");
            var measured = await timing;
            if (run > 0)
            {
                warm.Add(measured.GetProperty("ms").GetDouble());
            }
        }
    }
    Console.WriteLine($"| {query} | {results} | {served:N0} | {index:N0} | {indexRequests} | {gzipped:N0} | {Median(cold):0} (median of {runs}) | {Median(warm):0} |");
}
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static async Task<(long Served, long Index, long Gzipped, int IndexRequests)> CountBytes(List<IResponse> responses)
{
    long served = 0, index = 0, gzipped = 0;
    var indexRequests = 0;
    foreach (var response in responses)
    {
        var body = await response.BodyAsync();
        served += body.Length;
        var path = new Uri(response.Url).AbsolutePath;
        if (path.Contains("/search/pagefind", StringComparison.Ordinal))
        {
            index += body.Length;
            indexRequests++;
        }
        var isText = path.EndsWith('/') || Path.GetExtension(path) is ".html" or ".css" or ".js" or ".json";
        gzipped += isText ? GzipLength(body) : body.Length;
    }
    return (served, index, gzipped, indexRequests);
}

static long GzipLength(byte[] body)
{
    using var memory = new MemoryStream();
    using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
    {
        gzip.Write(body);
    }
    return memory.Length;
}

static long FolderBytes(string folder) =>
    Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

static int IndexedPages(string bundle)
{
    var entry = Path.Combine(bundle, "pagefind-entry.json");
    if (!File.Exists(entry))
    {
        return 0;
    }
    using var json = JsonDocument.Parse(File.ReadAllText(entry));
    return json.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
}
