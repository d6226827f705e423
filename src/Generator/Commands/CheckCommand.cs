using System.CommandLine;

namespace SendSite.Commands;

/// <summary>`check [--site DIR]`: runs the accessibility gate alone on a built folder.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Runs the accessibility gate on a built site.");
        command.SetAction(_ => ExitCodes.Failure);
        return command;
    }
}
