namespace OpenTalent.Formats.Reading;

/// <summary>A folder of reference files, looked up by name regardless of case (the files travel between systems).</summary>
internal sealed class SourceFolder
{
    private readonly Dictionary<string, string> _files;

    private SourceFolder(string path, Dictionary<string, string> files)
    {
        Path = path;
        _files = files;
    }

    public string Path { get; }

    public static SourceFolder Open(string path, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            var name = System.IO.Path.GetFileName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            var hint = File.Exists(full) ? "it is a file; give the folder that holds the files" : "the folder does not exist";
            throw new SourceDataException(name, null, $"cannot read {what} from {full}: {hint}");
        }

        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(full).Order(StringComparer.Ordinal))
        {
            files.TryAdd(System.IO.Path.GetFileName(file), file);
        }

        return new SourceFolder(full, files);
    }

    public string? Find(string fileName) => _files.GetValueOrDefault(fileName);

    public string Require(string fileName) =>
        Find(fileName) ?? throw new SourceDataException(fileName, null, $"the required file is missing from {Path}");
}
