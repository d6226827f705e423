using System.Diagnostics;
using System.Text;

namespace SendSite.Output;

/// <summary>
/// Keeps the build's child programs (Pagefind, Java for vnu, Playwright's driver and Chromium) from outliving it.
/// The build command puts <see cref="Variable"/>, naming its output's lock file, into its environment, and every
/// child and grandchild inherits it. So when a build exits by any route, it kills its descendants; and a build
/// that starts with the lock in hand kills every process still carrying that lock's name: those are children
/// of an earlier build that was killed (SIGKILL leaves them running), which could otherwise keep writing files.
/// Linux only (it reads /proc); elsewhere these do nothing.
/// </summary>
public static class ChildProcesses
{
    public const string Variable = "SEND_SITE_BUILD_LOCK";

    private const string ProcFolder = "/proc";

    /// <summary>Marks this process, so the children it starts from now on carry the lock file's name.</summary>
    public static void MarkChildrenOf(string lockFile) => Environment.SetEnvironmentVariable(Variable, lockFile);

    /// <summary>Kills every other process whose environment names <paramref name="lockFile"/>; returns how many.</summary>
    public static int KillLeftoversOf(string lockFile)
    {
        var entry = Encoding.UTF8.GetBytes($"{Variable}={lockFile}");
        var killed = 0;
        var ours = Descendants().Append(Environment.ProcessId).ToHashSet();
        foreach (var pid in Processes())
        {
            if (!ours.Contains(pid) && Carries(pid, entry) && Kill(pid))
            {
                killed++;
            }
        }
        return killed;
    }

    /// <summary>Kills every descendant of this process, children first found, then theirs (SIGKILL).</summary>
    public static void KillDescendants()
    {
        foreach (var pid in Descendants())
        {
            Kill(pid);
        }
    }

    public static IReadOnlyList<int> Descendants()
    {
        var parents = Processes().Select(pid => (Pid: pid, Parent: ParentOf(pid))).Where(p => p.Parent > 0).ToLookup(p => p.Parent, p => p.Pid);
        var found = new List<int>();
        var queue = new Queue<int>([Environment.ProcessId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in parents[current])
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        }
        return found;
    }

    private static IEnumerable<int> Processes()
    {
        if (!Directory.Exists(ProcFolder))
        {
            return [];
        }
        return Directory.EnumerateDirectories(ProcFolder)
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, out var pid) ? pid : 0)
            .Where(pid => pid > 0)
            .ToList();
    }

    /// <summary>The parent id from /proc/pid/stat; the command name in it may hold spaces and brackets, so read after the last ')'.</summary>
    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"{ProcFolder}/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.TryParse(fields[1], out var parent) ? parent : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return 0; // it exited while we looked
        }
    }

    private static bool Carries(int pid, byte[] entry)
    {
        try
        {
            var environment = File.ReadAllBytes($"{ProcFolder}/{pid}/environ");
            var start = 0;
            for (var i = 0; i <= environment.Length; i++)
            {
                if (i == environment.Length || environment[i] == 0)
                {
                    if (environment.AsSpan(start, i - start).SequenceEqual(entry))
                    {
                        return true;
                    }
                    start = i + 1;
                }
            }
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // another user's process, or gone
        }
    }

    private static bool Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false; // already gone
        }
    }
}
