using System.Diagnostics;

namespace SendSite.Tests.Support;

/// <summary>
/// Makes rename(2) fail with EIO for one path, in a program started with <see cref="Environment"/>: a small library
/// loaded by LD_PRELOAD, compiled here with the machine's C compiler, that stands in front of the C library's
/// rename. It is how a disk or network share that fails in the middle of the promote is tried without one
/// (device-mapper's error target needs a kernel this machine does not give the tests). Null where there is no
/// compiler.
/// </summary>
public static class RenameFailure
{
    public const string PathVariable = "SEND_SITE_TEST_EIO_RENAME";

    private const string Source = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <errno.h>
        #include <stdlib.h>
        #include <string.h>

        static int fails(const char *path)
        {
            const char *failing = getenv("SEND_SITE_TEST_EIO_RENAME");
            return failing != NULL && path != NULL && strcmp(path, failing) == 0;
        }

        int rename(const char *from, const char *to)
        {
            if (fails(from) || fails(to))
            {
                errno = EIO;
                return -1;
            }
            int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
            return real(from, to);
        }
        """;

    private static readonly Lazy<string?> Library = new(Compile);

    /// <summary>The environment that makes every rename from or to <paramref name="path"/> fail, or null without a compiler.</summary>
    public static Dictionary<string, string>? Environment(string path) =>
        Library.Value is { } library ? new() { ["LD_PRELOAD"] = library, [PathVariable] = path } : null;

    private static string? Compile()
    {
        var folder = Directory.CreateTempSubdirectory("send-site-eio-");
        var source = Path.Combine(folder.FullName, "rename-eio.c");
        var library = Path.Combine(folder.FullName, "rename-eio.so");
        File.WriteAllText(source, Source);
        try
        {
            using var compiler = Process.Start(new ProcessStartInfo("cc", ["-shared", "-fPIC", "-o", library, source, "-ldl"]) { RedirectStandardError = true })!;
            compiler.StandardError.ReadToEnd();
            compiler.WaitForExit();
            return compiler.ExitCode == 0 ? library : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no C compiler on this machine
        }
    }
}
