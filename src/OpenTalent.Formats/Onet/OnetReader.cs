using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Onet;

/// <summary>
/// Reads an O*NET text database folder (db_29_x_text) into a release. Only Occupation Data.txt is required;
/// any other file the folder lacks is noted in the result's warnings. Rows naming an occupation that
/// Occupation Data.txt does not have are skipped and counted, never fatal.
/// </summary>
/// <remarks>
/// Keys: an occupation's key is its O*NET-SOC code; skill keys carry their kind so they cannot collide:
/// "tech:&lt;example&gt;", "tool:&lt;example&gt;", "element:&lt;element id&gt;".
/// </remarks>
public static class OnetReader
{
    public static SourceReadResult Read(string folderPath, IProgress<ProgressUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        var folder = SourceFolder.Open(folderPath, "an O*NET database");
        var log = new ReadLog("O*NET", progress, cancellationToken);
        var session = new OnetSession(folder, log);

        OnetOccupationFiles.ReadOccupations(session);
        OnetOccupationFiles.ReadAlternateTitles(session);
        OnetOccupationFiles.ReadReportedTitles(session);
        OnetOccupationFiles.ReadTasks(session);
        OnetOccupationFiles.ReadJobZones(session);
        OnetOccupationFiles.ReadRelatedOccupations(session);
        OnetSkillFiles.ReadTechnology(session);
        OnetSkillFiles.ReadTools(session);
        var descriptions = OnetSkillFiles.ReadElementDescriptions(session);
        OnetSkillFiles.ReadElements(session, OnetFileNames.Skills, SkillKind.Skill, descriptions);
        OnetSkillFiles.ReadElements(session, OnetFileNames.Knowledge, SkillKind.Knowledge, descriptions);

        cancellationToken.ThrowIfCancellationRequested();
        var release = new TaxonomyRelease(
            TaxonomySource.Onet,
            ReadReleaseName(folder),
            session.Occupations.Select(o => o.Build()),
            session.Skills.BuildSkills(),
            session.Skills.BuildLinks(),
            session.Related.Items);
        log.Step("release assembled", release.Occupations.Count);
        return log.Complete(release);
    }

    /// <summary>"O*NET 29.3 Database" on the first line of Read Me.txt gives "29.3".</summary>
    internal static string ReadReleaseName(SourceFolder folder)
    {
        var path = folder.Find(OnetFileNames.ReadMe);
        if (path is null)
        {
            return ReleaseNames.Unknown;
        }

        var firstLine = File.ReadLines(path).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return ParseReleaseName(firstLine) ?? ReleaseNames.Unknown;
    }

    internal static string? ParseReleaseName(string? line)
    {
        const string Prefix = "O*NET ";
        const string Suffix = " Database";
        if (line is null || !line.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = line[Prefix.Length..].Trim();
        if (rest.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[..^Suffix.Length].Trim();
        }

        // A release is a short version such as "29.3"; anything else is a Read Me that says something else.
        return rest.Length is > 0 and <= 20 && rest.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') ? rest : null;
    }
}
