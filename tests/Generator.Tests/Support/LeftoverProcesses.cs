using System.Text;
using SendSite.Output;

namespace SendSite.Tests.Support;

/// <summary>The processes still carrying a build's lock name in their environment: children a build left running.</summary>
public static class LeftoverProcesses
{
    public static IReadOnlyList<int> Of(string lockFile)
    {
        var entry = Encoding.UTF8.GetBytes($"{ChildProcesses.Variable}={lockFile}\0");
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }
            try
            {
                if (File.ReadAllBytes(Path.Combine(folder, "environ")).AsSpan().IndexOf(entry) >= 0)
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone, or not ours
            }
        }
        return found;
    }
}
