using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Esco;

/// <summary>
/// Occupation–skill relations: occupationUri, relationType (essential or optional), skillUri, and in the
/// rebuilt file also skillLabel. A row without a skill URI is resolved by its label when exactly one skill has
/// that preferred label; a row with "uri|uri" links to the first URI the skill files know. Rows naming an
/// unknown occupation or skill are skipped. A pair listed twice is one link, essential if either row says so.
/// </summary>
internal static class EscoRelationFile
{
    public static List<OccupationSkill> Read(string path, HashSet<string> occupationKeys, EscoSkillCatalog skills, ReadLog log)
    {
        using var reader = CsvReader.Open(path);
        var occupation = reader.RequireColumn("occupationUri");
        var relationType = reader.RequireColumn("relationType");
        var skill = reader.RequireColumn("skillUri");
        var skillLabel = reader.FindColumn("skillLabel");
        var occupationLookup = occupationKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        var links = new Dictionary<(string, string), int>();
        var result = new List<OccupationSkill>();
        long byLabel = 0, ambiguous = 0;
        var fileName = reader.FileName;
        log.ReadRows(reader, row =>
        {
            if (!occupationLookup.TryGetValue(row.GetSpan(occupation).Trim(), out var occupationKey))
            {
                log.Skip("the occupation URI is not in the occupations file", row);
                return;
            }

            var skillUri = row.GetSpan(skill).Trim();
            string? skillKey;
            if (skillUri.IsEmpty)
            {
                skillKey = row.GetOptionalString(skillLabel) is { } text ? skills.FindByLabel(text) : null;
                if (skillKey is null)
                {
                    log.Skip("no skill URI, and the skill label matches no single skill", row);
                    return;
                }

                byLabel++;
            }
            else if (skillUri.Contains('|'))
            {
                skillKey = FirstKnown(skillUri, skills);
                ambiguous++;
            }
            else
            {
                skillKey = skills.Find(skillUri);
            }

            if (skillKey is null)
            {
                log.Skip("the skill URI is not in any skill file", row);
                return;
            }

            var link = new OccupationSkill(occupationKey, skillKey, ParseRelation(row.GetSpan(relationType)));
            if (links.TryGetValue((occupationKey, skillKey), out var at))
            {
                if (link.Relation == SkillRelation.Essential)
                {
                    result[at] = link;
                }
            }
            else
            {
                links.Add((occupationKey, skillKey), result.Count);
                result.Add(link);
            }
        });

        if (byLabel > 0)
        {
            log.Note(FormattableString.Invariant($"{fileName}: {byLabel:N0} row(s) without a skill URI were linked by their skill label."));
        }

        if (ambiguous > 0)
        {
            log.Note(FormattableString.Invariant($"{fileName}: {ambiguous:N0} row(s) naming two skill URIs (uri|uri) were linked to the first one the skill files know."));
        }

        return result;
    }

    private static string? FirstKnown(ReadOnlySpan<char> uris, EscoSkillCatalog skills)
    {
        foreach (var range in uris.Split('|'))
        {
            if (skills.Find(uris[range].Trim()) is { } key)
            {
                return key;
            }
        }

        return null;
    }

    private static SkillRelation ParseRelation(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("essential", StringComparison.OrdinalIgnoreCase))
        {
            return SkillRelation.Essential;
        }

        return trimmed.Equals("optional", StringComparison.OrdinalIgnoreCase) ? SkillRelation.Optional : SkillRelation.Unspecified;
    }
}
