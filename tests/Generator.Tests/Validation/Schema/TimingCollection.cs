using Xunit;

namespace SendSite.Tests.Validation.Schema;

/// <summary>Timing tests run alone, so other tests running in parallel do not slow the clock they read.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;
