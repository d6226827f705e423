using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Input.Loading;
using SendSite.Tests.Support;

namespace SendSite.Tests.Loading;

/// <summary>
/// Loading keeps where each body is, not its text; the text is read again when it is checked or rendered,
/// and only if the file is still the one that was loaded.
/// </summary>
public sealed class MarkdownBodyReaderTests : IDisposable
{
    private const string About = "pages/about.md";
    private readonly TempFolder folder = new();
    private readonly string input;

    public MarkdownBodyReaderTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private MarkdownBody LoadedAboutBody()
    {
        var content = InputLoader.Load(input, new DiagnosticBag())!;
        return content.Pages.Single(p => p.Slug == "about").Body;
    }

    [Fact]
    public void The_body_read_again_is_the_text_after_the_front_matter_and_starts_on_its_line()
    {
        var body = LoadedAboutBody();

        var text = MarkdownBodyReader.Read(body, out var problem);

        Assert.Null(problem);
        var file = File.ReadAllText(Path.Combine(input, About));
        Assert.Equal(file[(file.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..], text);
        Assert.Equal(file[..(file.Length - text!.Length)].Count(c => c == '\n') + 1, body.FirstLine);
    }

    [Fact]
    public void A_byte_order_mark_before_the_front_matter_is_not_part_of_the_body()
    {
        File.WriteAllText(Path.Combine(input, About), "\uFEFF" + SampleInput.AboutPage, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var body = LoadedAboutBody();

        var text = MarkdownBodyReader.Read(body, out var problem);

        Assert.Null(problem);
        Assert.EndsWith(text!, SampleInput.AboutPage, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_changed_since_it_was_loaded_is_an_error_naming_it()
    {
        var body = LoadedAboutBody();
        File.WriteAllText(Path.Combine(input, About), SampleInput.AboutPage + "\nA paragraph added while the site was being built.\n");

        var text = MarkdownBodyReader.Read(body, out var problem);

        Assert.Null(text);
        Assert.Equal(DiagnosticCodes.UnreadableFile, problem!.Code);
        Assert.Equal(About, problem.Location.File);
        Assert.Contains("changed while the site was being built", problem.Message);
    }

    [Fact]
    public void A_file_deleted_since_it_was_loaded_is_an_error_not_an_exception()
    {
        var body = LoadedAboutBody();
        File.Delete(Path.Combine(input, About));

        Assert.Null(MarkdownBodyReader.Read(body, out var problem));
        Assert.Equal(DiagnosticCodes.UnreadableFile, problem!.Code);
        Assert.Equal(About, problem.Location.File);
    }
}
