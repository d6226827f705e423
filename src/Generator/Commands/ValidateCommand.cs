using System.CommandLine;

namespace SendSite.Commands;

/// <summary>`validate`: reports every content problem at once.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var command = new Command("validate", "Runs the accessibility gate on a built site.");
        command.SetAction(_ => ExitCodes.Failure);
        return command;
    }
}
