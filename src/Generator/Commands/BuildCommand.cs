using System.CommandLine;

namespace SendSite.Commands;

/// <summary>`build`: input/ to output/ through the gate.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "Runs the accessibility gate on a built site.");
        command.SetAction(_ => ExitCodes.Failure);
        return command;
    }
}
