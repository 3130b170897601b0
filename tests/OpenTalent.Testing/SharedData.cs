using Xunit;

namespace OpenTalent.Testing;

/// <summary>
/// The public reference data kept beside the repository in ../shared/data. CI always has it;
/// a developer machine may not, and then tests that need it skip and say why.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder ../shared/data, or null when it is absent.</summary>
    public static string? Directory => Root.Value;

    /// <summary>The path of <paramref name="relative"/> under ../shared/data; skips the calling test when it is absent.</summary>
    public static string Require(string relative)
    {
        var root = Directory;
        if (root is null)
        {
            Assert.Skip($"Reference data not found: expected ../shared/data beside {RepositoryRoot}. CI always has it.");
        }

        var path = Path.Combine(root, relative);
        if (!File.Exists(path) && !System.IO.Directory.Exists(path))
        {
            Assert.Skip($"Reference data not found: {path} is missing.");
        }

        return path;
    }

    private static string? Locate()
    {
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenTalent.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"OpenTalent.slnx not found above {AppContext.BaseDirectory}.");
    }
}
