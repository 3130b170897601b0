using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Esco;

/// <summary>
/// Finds the ESCO files in a folder. Two layouts are understood: the Tabiya export (occupations.csv with
/// upper-case columns such as ORIGINURI) and the official ESCO download (occupations_en.csv, conceptUri).
/// </summary>
internal sealed class EscoFiles
{
    public static readonly string[] OccupationFileNames = ["occupations.csv", "occupations_en.csv"];
    public static readonly string[] RelationFileNames = ["occupation_skill_relations_en.csv", "occupationSkillRelations_en.csv"];
    public const string ModelInfoFileName = "model_info.csv";

    private EscoFiles(SourceFolder top, string occupations, string? relations, IReadOnlyList<string> skillFiles)
    {
        Top = top;
        Occupations = occupations;
        Relations = relations;
        SkillFiles = skillFiles;
    }

    public SourceFolder Top { get; }

    public string Occupations { get; }

    public string? Relations { get; }

    /// <summary>Every skill file in the folder tree, the main skills file first.</summary>
    public IReadOnlyList<string> SkillFiles { get; }

    public static EscoFiles Locate(string path)
    {
        var top = SourceFolder.Open(path, "ESCO");
        var occupations = FindAtTopOrOneDown(top, OccupationFileNames)
            ?? throw new SourceDataException(OccupationFileNames[0], null,
                $"the required file is missing: neither {string.Join(" nor ", OccupationFileNames)} is in {top.Path} or a folder directly inside it");
        return new EscoFiles(top, occupations, FindAtTopOrOneDown(top, RelationFileNames), FindSkillFiles(top.Path));
    }

    /// <summary>The first of <paramref name="names"/> in the folder itself; failing that, in a folder directly inside it.</summary>
    private static string? FindAtTopOrOneDown(SourceFolder top, string[] names)
    {
        if (FindAny(top, names) is { } atTop)
        {
            return atTop;
        }

        foreach (var sub in Directory.EnumerateDirectories(top.Path).Order(StringComparer.Ordinal))
        {
            if (FindAny(SourceFolder.Open(sub, "ESCO"), names) is { } below)
            {
                return below;
            }
        }

        return null;
    }

    private static string? FindAny(SourceFolder folder, string[] names) =>
        names.Select(folder.Find).FirstOrDefault(p => p is not null);

    /// <summary>
    /// CSV files whose name mentions skills and whose header has a concept URI, a preferred label and a skill type.
    /// That takes in skills_en.csv, the cross-sector/transversal file and the *SkillsCollection_en.csv files, and
    /// leaves out hierarchies, groups and relations. Main files first, then by depth and name, so merging is repeatable.
    /// </summary>
    private static string[] FindSkillFiles(string root) =>
        Directory.EnumerateFiles(root, "*.csv", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).Contains("skill", StringComparison.OrdinalIgnoreCase) && IsSkillTable(f))
            .OrderBy(f => IsMainSkillFile(root, f) ? 0 : 1)
            .ThenBy(f => Path.GetRelativePath(root, f).Count(c => c == Path.DirectorySeparatorChar))
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToArray();

    private static bool IsMainSkillFile(string root, string file) =>
        Path.GetDirectoryName(file) == root
        && Path.GetFileName(file) is var name
        && (name.Equals("skills_en.csv", StringComparison.OrdinalIgnoreCase) || name.Equals("skills.csv", StringComparison.OrdinalIgnoreCase));

    private static bool IsSkillTable(string file)
    {
        using var reader = CsvReader.Open(file);
        return reader.FindColumn(EscoColumns.Uri) >= 0
            && reader.FindColumn(EscoColumns.PreferredLabel) >= 0
            && reader.FindColumn(EscoColumns.SkillType) >= 0;
    }
}

/// <summary>Column names in both layouts; lookups ignore case, so "preferredLabel" also finds PREFERREDLABEL.</summary>
internal static class EscoColumns
{
    public static readonly string[] Uri = ["conceptUri", "ORIGINURI"];
    public static readonly string[] PreferredLabel = ["preferredLabel"];
    public static readonly string[] AltLabels = ["altLabels"];
    public static readonly string[] Description = ["description"];
    public static readonly string[] SkillType = ["skillType"];
    public static readonly string[] IscoGroup = ["iscoGroup", "OCCUPATIONGROUPCODE"];

    /// <summary>skills_en.csv as assembled for this project carries the label official v1.2 gives the same URI.</summary>
    public const string PreferredLabelV12 = "preferredLabel_v1_2";
}
