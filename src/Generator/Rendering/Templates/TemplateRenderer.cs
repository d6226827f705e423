using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using SendSite.Rendering.Urls;

namespace SendSite.Rendering.Templates;

/// <summary>
/// Renders Liquid templates from the theme. The parser and options are built once and shared (Fluid's are
/// thread-safe); each template is parsed once; every render gets a fresh context. Output is HTML-encoded
/// unless a template says <c>| raw</c>, which only trusted, already-sanitised HTML may use.
/// </summary>
public sealed class TemplateRenderer
{
    // Ambient keys: the URL of the page being rendered, for the url filter; and, when set, the site's root
    // path, to write links from the root instead of relative (the 404 page is served at any URL).
    private const string PageUrlKey = "page_url";
    private const string RootPathKey = "root_path";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly FluidParser parser = new();
    private readonly TemplateOptions options;
    private readonly ThemeFileProvider files;
    private readonly ConcurrentDictionary<string, IFluidTemplate> cache = new(StringComparer.Ordinal);

    public TemplateRenderer(IReadOnlyList<string> layoutFolders)
    {
        files = new ThemeFileProvider(layoutFolders);
        options = new TemplateOptions { FileProvider = files };
        options.MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        options.Filters.AddFilter("url", LinkFilter);
    }

    /// <summary>Renders a template with the given top-level variables (e.g. site, page, model).</summary>
    public string Render(string templateName, IReadOnlyDictionary<string, object?> variables, string pageUrl, string? rootPath = null)
    {
        var template = cache.GetOrAdd(templateName, Parse);
        var context = new TemplateContext(options);
        foreach (var (name, value) in variables)
        {
            context.SetValue(name, value);
        }
        // Ambient values reach filters inside render/include too, where variables of the page do not.
        context.AmbientValues[PageUrlKey] = pageUrl;
        if (rootPath is not null)
        {
            context.AmbientValues[RootPathKey] = rootPath;
        }
        return template.Render(context, Encoder);
    }

    private IFluidTemplate Parse(string templateName)
    {
        var path = files.Find(templateName)
            ?? throw new ThemeException($"The theme has no template '{templateName}.liquid'. Add it to the theme's layouts folder.");
        if (!parser.TryParse(File.ReadAllText(path), out var template, out var error))
        {
            throw new ThemeException($"{path}: the Liquid template does not parse: {error}");
        }
        return template;
    }

    private static ValueTask<FluidValue> LinkFilter(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var target = input.ToStringValue();
        if (context.AmbientValues.TryGetValue(RootPathKey, out var rootPath) && target.StartsWith('/'))
        {
            return new StringValue(((string)rootPath!).TrimEnd('/') + target);
        }
        return new StringValue(RelativeUrl.From((string)context.AmbientValues[PageUrlKey]!, target));
    }
}
