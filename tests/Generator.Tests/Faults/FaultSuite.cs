namespace SendSite.Tests.Faults;

/// <summary>
/// The fault-injection tests run one at a time: each starts the generator (and Pagefind, and for the gate Chromium)
/// as child processes, and two of them at once on a two-core machine would only make their waits longer.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultSuite
{
    public const string Name = "Fault injection";
}
