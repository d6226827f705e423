using System.CommandLine;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using SendSite.Hosting.Preview;

namespace SendSite.Tools.Commands;

/// <summary>
/// `serve [--input input] [--port 0] [--now ISO]`: a live preview on 127.0.0.1 for authors, rebuilt on every
/// save (without the accessibility gate, which `build` and CI run in full). Ctrl+C stops it and removes its files.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 to serve at; 0 picks a free one.", DefaultValueFactory = _ => 0 };
        var now = CommonOptions.Now();
        var command = new Command("serve", "Previews the site on 127.0.0.1, rebuilding and reloading the browser whenever a file changes.")
        {
            input, port, now,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (!CommonOptions.TryParseNow(parsed.GetValue(now), out var clock, out var error))
            {
                await Console.Error.WriteLineAsync($"error: {error}");
                return ExitCodes.Usage;
            }
            var portNumber = parsed.GetValue(port);
            var inputFolder = parsed.GetValue(input)!;
            if (portNumber is < 0 or > 65535 || !Directory.Exists(inputFolder))
            {
                await Console.Error.WriteLineAsync(Directory.Exists(inputFolder)
                    ? $"error: --port must be between 0 and 65535, not {portNumber}."
                    : $"error: the input folder {inputFolder} does not exist; give --input with the folder that holds site.yml.");
                return ExitCodes.Usage;
            }
            // Ctrl+C and SIGTERM end the wait instead of the process, so the session removes its files on the way out.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            PreviewSession session;
            try
            {
                session = await PreviewSession.StartAsync(new PreviewOptions(inputFolder, portNumber, clock), Console.Out, stop.Token);
            }
            catch (OperationCanceledException)
            {
                Console.CancelKeyPress -= onCancel;
                return ExitCodes.Success; // stopped during the first build
            }
            catch (SocketException e)
            {
                Console.CancelKeyPress -= onCancel;
                await Console.Error.WriteLineAsync($"error: cannot listen on 127.0.0.1:{portNumber} ({e.Message}); choose another --port, or 0 for any free one.");
                return ExitCodes.Failure;
            }
            await using (session)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine("Stopping the preview.");
                }
            }
            Console.CancelKeyPress -= onCancel;
            return ExitCodes.Success;
        });
        return command;
    }
}
