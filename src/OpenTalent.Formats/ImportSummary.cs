using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats;

/// <summary>
/// What an import stored. <see cref="Warnings"/> are capped, one line per kind of skipped row (with the count
/// and a few locations) or per note such as a missing optional file; <see cref="SkippedRows"/> counts every row left out.
/// </summary>
public sealed record ImportSummary(
    TaxonomySource Source,
    string Release,
    string Origin,
    int Occupations,
    int Titles,
    int Skills,
    int OccupationSkills,
    int RelatedOccupations,
    int Wages,
    IReadOnlyList<string> Warnings,
    long SkippedRows,
    IReadOnlyList<SourceFileRead> FilesRead,
    TimeSpan ReadTime,
    TimeSpan StoreTime)
{
    internal static ImportSummary Create(SourceReadResult read, string origin, TimeSpan readTime, TimeSpan storeTime)
    {
        var release = read.Release;
        return new ImportSummary(
            release.Source,
            release.Release,
            origin,
            release.Occupations.Count,
            release.TitleCount,
            release.Skills.Count,
            release.OccupationSkills.Count,
            release.RelatedOccupations.Count,
            release.Wages.Count,
            read.Warnings,
            read.SkippedRows,
            read.FilesRead,
            readTime,
            storeTime);
    }
}
