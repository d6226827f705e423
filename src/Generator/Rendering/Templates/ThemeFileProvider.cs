using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

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
