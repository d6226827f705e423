using SendSite.Input.Loading;

namespace SendSite.Hosting.Preview;

/// <summary>What `serve` previews, on which port (0: any free one), and the clock its builds publish at.</summary>
public sealed record PreviewOptions(InputPaths Input, int Port, DateTimeOffset Now);
