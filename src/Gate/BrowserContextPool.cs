using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// Browser contexts of the one shared browser, made once per parallel worker and reused page after page:
/// opening a context costs far more than opening a page in it. Each context keeps its tab open from scan to scan,
/// which only navigate it to the next page (and add axe to it, see <see cref="AxeScan"/>). One extra context has
/// JavaScript switched off, for the no-JavaScript check, whose tabs are kept the same way.
/// </summary>
public sealed class BrowserContextPool(IBrowser browser) : IAsyncDisposable
{
    /// <summary>The viewport every scan starts at; checks that change it give the tab back at this size.</summary>
    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    private readonly ConcurrentBag<IPage> idleTabs = [];
    private readonly ConcurrentBag<IBrowserContext> idleContexts = [];
    private readonly ConcurrentBag<IBrowserContext> all = [];
    private readonly ConcurrentBag<IPage> idleNoScriptTabs = [];
    private readonly SemaphoreSlim noScriptGate = new(1, 1);
    private IBrowserContext? noScript;

    /// <summary>A tab at desktop size, either kept from an earlier scan or newly opened.</summary>
    public async Task<IPage> RentTabAsync()
    {
        if (idleTabs.TryTake(out var tab))
        {
            return tab;
        }
        if (!idleContexts.TryTake(out var context))
        {
            context = await NewScanContextAsync();
        }
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Gives a tab back. Keep it when its scan finished: every scan starts by loading its page into the tab, so what
    /// a finished scan did in the last document (keys pressed, the skip link followed) does not carry over, and the
    /// checks that narrow the viewport give it back at <see cref="Desktop"/>. A failed scan may have left the tab in
    /// any state, so its tab is closed and the context gets a fresh one next time.
    /// </summary>
    public async Task ReturnTabAsync(IPage tab, bool keep)
    {
        if (keep)
        {
            idleTabs.Add(tab);
            return;
        }
        var context = tab.Context;
        await tab.CloseAsync();
        idleContexts.Add(context);
    }

    /// <summary>
    /// A tab of the context with JavaScript off, kept from an earlier no-JavaScript check or newly opened: a new tab
    /// starts a renderer process, which costs more than loading the page in it.
    /// </summary>
    public async Task<IPage> RentNoScriptTabAsync()
    {
        if (idleNoScriptTabs.TryTake(out var tab))
        {
            return tab;
        }
        await noScriptGate.WaitAsync();
        try
        {
            noScript ??= await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        }
        finally
        {
            noScriptGate.Release();
        }
        return await noScript.NewPageAsync();
    }

    /// <summary>Gives a no-JavaScript tab back; one whose check failed is closed, as it may be in any state.</summary>
    public async Task ReturnNoScriptTabAsync(IPage tab, bool keep)
    {
        if (keep)
        {
            idleNoScriptTabs.Add(tab);
            return;
        }
        await tab.CloseAsync();
    }

    private async Task<IBrowserContext> NewScanContextAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = Desktop,
            ReducedMotion = ReducedMotion.Reduce,
        });
        all.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in all.Append(noScript).OfType<IBrowserContext>())
        {
            await context.CloseAsync();
        }
        noScriptGate.Dispose();
    }
}
