#:project ../src/Generator/Generator.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Measures the area finder of a built site in headless Chromium, for docs/budgets.md:
//   1. the bytes a browser downloads, from opening the page with an empty cache to the first suggestion
//      for an area's name (each file as served, and gzipped as a host that compresses would send it);
//   2. the time from a keystroke to the suggestions being in the page, over every letter typed into the
//      box for many area names, spelled right and with two letters swapped.
// Run it through scripts/measure-finder.sh SITE_DIR [PAGE] (PAGE defaults to the home page, "").
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;
using SendSite.Gate;

if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: scripts/measure-finder.sh SITE_DIR [PAGE]   (SITE_DIR: a built site; PAGE: e.g. areas/, default the home page)");
    return 2;
}
var site = Path.GetFullPath(args[0]);
var pagePath = args.Length > 1 ? args[1] : "";
var indexFile = Path.Combine(site, "areas", "finder.json");
if (!File.Exists(indexFile))
{
    Console.Error.WriteLine($"{indexFile} is missing: is {site} a site built with the area finder?");
    return 1;
}
using var index = JsonDocument.Parse(File.ReadAllText(indexFile));
var names = index.RootElement.GetProperty("areas").EnumerateArray().Select(a => a[0].GetString()!).ToList();

const string Input = "#area-finder";
const string Option = "#area-finder__listbox [role=option]";
const int MaxNames = 40;

await using var server = StaticSiteServer.Start(site);
await using var chromium = await ChromiumLauncher.LaunchAsync();
var url = server.UrlOf(pagePath).ToString();

// 1. Bytes to the first result, in a fresh context (empty cache).
var bytesContext = await chromium.Browser.NewContextAsync();
var bytesPage = await bytesContext.NewPageAsync();
var responses = new List<IResponse>();
bytesPage.Response += (_, response) => { lock (responses) { responses.Add(response); } };
var clock = Stopwatch.StartNew();
await bytesPage.GotoAsync(url);
await bytesPage.Locator(Input).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
await bytesPage.Locator(Input).FocusAsync();
await bytesPage.Keyboard.TypeAsync(names[0]);
await bytesPage.Locator(Option).First.WaitForAsync();
var firstResultMs = clock.Elapsed.TotalMilliseconds;
List<IResponse> beforeFirstResult;
lock (responses) { beforeFirstResult = [.. responses]; }
var files = new List<(string Path, long Bytes, long Gzipped)>();
foreach (var response in beforeFirstResult)
{
    var body = response.Status is >= 300 and < 400 ? [] : await response.BodyAsync();
    files.Add((new Uri(response.Url).AbsolutePath, body.Length, Gzipped(body)));
}
await bytesContext.CloseAsync();

// 2. Keystroke to results, measured inside the page: from the keydown of each letter to the moment the
// suggestion list changes (a MutationObserver), and to the next frame after it.
var timeContext = await chromium.Browser.NewContextAsync();
var timePage = await timeContext.NewPageAsync();
await timePage.GotoAsync(url);
await timePage.Locator(Input).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
await timePage.EvaluateAsync("""
    () => {
      window.finderTimes = []
      let pressed = null
      document.addEventListener('keydown', event => { pressed = event.key.length === 1 ? performance.now() : null }, true)
      new MutationObserver(() => {
        if (pressed === null) return
        const start = pressed
        const dom = performance.now() - start
        pressed = null
        requestAnimationFrame(() => window.finderTimes.push([dom, performance.now() - start]))
      }).observe(document.getElementById('area-finder__listbox'), { childList: true, subtree: true, characterData: true })
    }
    """);
var step = Math.Max(1, names.Count / MaxNames);
var queries = names.Where((_, i) => i % step == 0).Take(MaxNames).SelectMany(n => new[] { n, Swapped(n) }).ToList();
var input = timePage.Locator(Input);
foreach (var query in queries)
{
    await input.FocusAsync();
    await timePage.Keyboard.PressAsync("Control+A");
    await timePage.Keyboard.PressAsync("Backspace");
    await timePage.Keyboard.TypeAsync(query);
    await timePage.WaitForTimeoutAsync(50);
}
var times = await timePage.EvaluateAsync<double[][]>("() => window.finderTimes");
await timeContext.CloseAsync();

var dom = times.Select(t => t[0]).Order().ToList();
var frame = times.Select(t => t[1]).Order().ToList();
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"site: {site} ({names.Count} areas), page: /{pagePath}"));
Console.WriteLine(string.Create(inv, $"load: {File.ReadAllText("/proc/loadavg").Trim()} (1, 5 and 15 minute load averages, running/total tasks)"));
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"Bytes to the first result for \"{names[0]}\" (empty cache), {firstResultMs:0} ms after opening the page:"));
Console.WriteLine();
Console.WriteLine("| file | bytes | gzipped |");
Console.WriteLine("| --- | ---: | ---: |");
foreach (var file in files)
{
    Console.WriteLine(string.Create(inv, $"| {file.Path} | {file.Bytes:N0} | {file.Gzipped:N0} |"));
}
var finderFiles = files.Where(f => f.Path.Contains("finder", StringComparison.Ordinal) || f.Path.Contains("autocomplete", StringComparison.Ordinal)).ToList();
Console.WriteLine(string.Create(inv, $"| of which the finder ({finderFiles.Count} files) | {finderFiles.Sum(f => f.Bytes):N0} | {finderFiles.Sum(f => f.Gzipped):N0} |"));
Console.WriteLine(string.Create(inv, $"| **total ({files.Count} requests)** | **{files.Sum(f => f.Bytes):N0}** | **{files.Sum(f => f.Gzipped):N0}** |"));
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"Keystroke to results: {dom.Count} keystrokes over {queries.Count} queries ({queries.Count / 2} names, each also with two letters swapped)."));
Console.WriteLine();
Console.WriteLine("| measure | median ms | 95th percentile ms | max ms |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
Console.WriteLine(string.Create(inv, $"| keydown to list updated | {Percentile(dom, 50):0.0} | {Percentile(dom, 95):0.0} | {dom.LastOrDefault():0.0} |"));
Console.WriteLine(string.Create(inv, $"| keydown to next frame | {Percentile(frame, 50):0.0} | {Percentile(frame, 95):0.0} | {frame.LastOrDefault():0.0} |"));
return 0;

static long Gzipped(byte[] body)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
    {
        gzip.Write(body);
    }
    return buffer.Length;
}

// A realistic slip: the two letters in the middle of the name typed the wrong way round.
static string Swapped(string name)
{
    var middle = name.Length / 2;
    if (name.Length < 4 || !char.IsLetter(name[middle - 1]) || !char.IsLetter(name[middle]))
    {
        return name;
    }
    var letters = name.ToCharArray();
    (letters[middle - 1], letters[middle]) = (letters[middle], letters[middle - 1]);
    return new string(letters);
}

static double Percentile(List<double> sorted, int percent) =>
    sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
