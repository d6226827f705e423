namespace SendSite.Benchmarks;

/// <summary>The few "--name value" and "--flag" options the two commands take, read without a library.</summary>
public sealed class Arguments(IReadOnlyList<string> args)
{
    /// <summary>The arguments as given, for the report's exact command line.</summary>
    public IReadOnlyList<string> All => args;

    public string? Value(string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }
        return null;
    }

    public bool Flag(string name) => args.Contains(name);

    public int Int(string name, int fallback) =>
        Value(name) is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
