using System.CommandLine;
using SendSite.Tools.Init;

namespace SendSite.Tools.Commands;

/// <summary>`init &lt;folder&gt;`: a new input folder for a real site covering every local area in England.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The new input folder; it must not exist yet, or be empty." };
        var command = new Command("init", "Creates an input folder for a real site: every area in England from the built-in registry, starter pages, no sample data.") { folder };
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(folder)!;
            if (!SiteScaffolder.CanWriteInto(target))
            {
                Console.Error.WriteLine($"error: {target} already has files in it; init only writes into a new or empty folder, so nothing of yours is overwritten.");
                return ExitCodes.Failure;
            }
            var written = SiteScaffolder.Write(target);
            foreach (var file in written)
            {
                Console.Out.WriteLine($"created {Path.Combine(target, file).Replace('\\', '/')}");
            }
            Console.Out.WriteLine($"Next: replace the placeholders in {Path.Combine(target, "site.yml")} and the pages marked 'To do', then `import <file> --input {target}` for each of Ofsted's files (the management information .ods, then the 2016-2022 statistics .ods; see the README) and `build --input {target}`.");
            return ExitCodes.Success;
        });
        return command;
    }
}
