using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// Browser contexts of the one shared browser, made once per parallel worker and reused page after page:
/// opening a context costs far more than opening a page in it. Each page still gets a fresh tab. One extra
/// context has JavaScript switched off, for the no-JavaScript check.
/// </summary>
public sealed class BrowserContextPool(IBrowser browser) : IAsyncDisposable
{
    private const int DesktopWidth = 1280;
    private const int DesktopHeight = 800;

    private readonly ConcurrentBag<IBrowserContext> idle = [];
    private readonly ConcurrentBag<IBrowserContext> all = [];
    private readonly SemaphoreSlim noScriptGate = new(1, 1);
    private IBrowserContext? noScript;

    public async Task<IBrowserContext> RentAsync()
    {
        if (idle.TryTake(out var context))
        {
            return context;
        }
        context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = DesktopWidth, Height = DesktopHeight },
            ReducedMotion = ReducedMotion.Reduce,
        });
        all.Add(context);
        return context;
    }

    public void Return(IBrowserContext context) => idle.Add(context);

    public async Task<IBrowserContext> NoScriptAsync()
    {
        await noScriptGate.WaitAsync();
        try
        {
            return noScript ??= await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        }
        finally
        {
            noScriptGate.Release();
        }
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
