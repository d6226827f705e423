using SendSite.Output;
using SendSite.Tests.Support;

namespace SendSite.Tests.Output;

public sealed class OutputLockTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_second_taker_is_told_which_process_holds_the_lock_and_gets_it_once_it_is_released()
    {
        var output = folder.Combine("output");
        var (first, _) = await OutputLock.TakeAsync(output, TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(first);

        var (second, holder) = await OutputLock.TakeAsync(output, TimeSpan.FromMilliseconds(300), CancellationToken.None);

        Assert.Null(second);
        Assert.Contains($"process {Environment.ProcessId}", holder);
        first!.Dispose();
        var (third, _) = await OutputLock.TakeAsync(output, TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(third);
        third!.Dispose();
    }

    [Fact]
    public async Task A_waiting_taker_gets_the_lock_when_the_holder_lets_go()
    {
        var output = folder.Combine("output");
        var (first, _) = await OutputLock.TakeAsync(output, TimeSpan.Zero, CancellationToken.None);
        var waiting = OutputLock.TakeAsync(output, TimeSpan.FromSeconds(20), CancellationToken.None);
        await Task.Delay(400);
        Assert.False(waiting.IsCompleted);

        first!.Dispose();
        var (second, _) = await waiting.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.NotNull(second);
        second!.Dispose();
    }
}
