using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using SendSite.Input.Loading;

namespace SendSite.Rendering.Templates;

/// <summary>
/// Lets Liquid's include/render tags find partials: a site's own layouts folder first, then the theme's,
/// so a site can override any one template by giving a file of the same name.
/// </summary>
public sealed class ThemeFileProvider(IReadOnlyList<string> folders) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        if (!name.EndsWith(".liquid", StringComparison.Ordinal))
        {
            name += ".liquid";
        }
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                if (!LinkGuard.StaysInside(Path.GetDirectoryName(folder)!, path))
                {
                    // Never read, so its contents cannot reach a page or a message.
                    throw new ThemeException($"{path} is a link to a file outside {Path.GetDirectoryName(folder)}, so it is not read. Replace the link with the template itself.");
                }
                return new ThemeFileInfo(new FileInfo(path));
            }
        }
        return new NotFoundFileInfo(name);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public string? Find(string name)
    {
        var info = GetFileInfo(name);
        return info.Exists ? info.PhysicalPath : null;
    }
}
