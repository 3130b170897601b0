using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Esco;

/// <summary>
/// Reads an ESCO CSV folder (English), in the Tabiya export layout or the official download layout, into a release:
/// the occupations of the occupations file at the top of the folder (else one level down), every skill of every
/// skill file in the folder tree merged by URI, and the occupation–skill relations.
/// </summary>
public static class EscoReader
{
    public static SourceReadResult Read(string folderPath, IProgress<ProgressUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = EscoFiles.Locate(folderPath);
        var log = new ReadLog("ESCO", progress, cancellationToken);

        var occupations = EscoOccupationFile.Read(files.Occupations, log);
        var skills = new EscoSkillCatalog();
        if (files.SkillFiles.Count == 0)
        {
            log.Note($"No skill file (such as skills_en.csv) is in {files.Top.Path}; no skills were read.");
        }

        EscoSkillFiles.Read(files.SkillFiles, skills, log);
        var links = new List<OccupationSkill>();
        if (files.Relations is null)
        {
            log.Note($"No relations file ({string.Join(" or ", EscoFiles.RelationFileNames)}) is in {files.Top.Path}; occupations have no skills.");
        }
        else
        {
            var occupationKeys = occupations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            links = EscoRelationFile.Read(files.Relations, occupationKeys, skills, log);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var release = new TaxonomyRelease(TaxonomySource.Esco, ReadReleaseName(files, log), occupations, skills.Build(), links);
        log.Step("release assembled", release.Occupations.Count);
        return log.Complete(release);
    }

    /// <summary>
    /// model_info.csv's VERSION, else the version in its NAME ("ESCO v1.1.1" → "v1.1.1"); without that file,
    /// a version in the name of the occupations file's folder or the given folder
    /// ("ESCO dataset - v1.2.0 - classification - en - csv"); else "unknown".
    /// </summary>
    private static string ReadReleaseName(EscoFiles files, ReadLog log)
    {
        if (files.Top.Find(EscoFiles.ModelInfoFileName) is { } modelInfo)
        {
            using var reader = CsvReader.Open(modelInfo);
            var version = reader.FindColumn("VERSION");
            var name = reader.FindColumn("NAME");
            string? release = null;
            log.ReadRows(reader, row => release ??= row.GetOptionalString(version) ?? VersionIn(row.GetOptionalString(name)) ?? row.GetOptionalString(name));
            if (release is not null)
            {
                return release;
            }
        }

        var occupationFolder = Path.GetFileName(Path.GetDirectoryName(files.Occupations));
        return VersionIn(occupationFolder) ?? VersionIn(Path.GetFileName(files.Top.Path)) ?? ReleaseNames.Unknown;
    }

    /// <summary>The first word shaped like a version: "v" and a digit, as in "v1.1.1".</summary>
    internal static string? VersionIn(string? text) =>
        text?.Split([' ', '-', '_', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(w => w.Length > 1 && (w[0] is 'v' or 'V') && char.IsAsciiDigit(w[1]));
}
