using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

/// <summary>One Chromium for every gate test: launching it is the slowest step, so the suite shares it.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private ChromiumLauncher? chromium;

    public ChromiumLauncher Chromium => chromium ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync() => chromium = await ChromiumLauncher.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }
    }
}
