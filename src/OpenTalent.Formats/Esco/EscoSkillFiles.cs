using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Esco;

internal static class EscoSkillFiles
{
    public static void Read(IEnumerable<string> paths, EscoSkillCatalog catalog, ReadLog log)
    {
        foreach (var path in paths)
        {
            using var reader = CsvReader.Open(path);
            var uri = reader.RequireColumn(EscoColumns.Uri);
            var label = reader.RequireColumn(EscoColumns.PreferredLabel);
            var type = reader.RequireColumn(EscoColumns.SkillType);
            var alt = reader.FindColumn(EscoColumns.AltLabels);
            var description = reader.FindColumn(EscoColumns.Description);
            var officialLabel = reader.FindColumn(EscoColumns.PreferredLabelV12);
            log.ReadRows(reader, row =>
            {
                var preferred = row.GetOptionalString(label);
                if (preferred is null)
                {
                    log.Skip("a skill row has no preferred label", row);
                    return;
                }

                var conceptUri = row.GetOptionalString(uri);
                var kind = ParseKind(row.GetSpan(type));
                var altLabels = EscoLabels.Split(row.GetOptionalString(alt));
                var text = row.GetOptionalString(description);
                if (row.GetOptionalString(officialLabel) is { } official && !string.Equals(official, preferred, StringComparison.Ordinal))
                {
                    // The official label leads; the older one stays findable as an alternative.
                    catalog.Add(conceptUri, official, kind, altLabels, text, row.Origin);
                    catalog.Add(conceptUri ?? EscoSkillCatalog.LabelKey(official), preferred, kind, [], null, row.Origin);
                }
                else
                {
                    catalog.Add(conceptUri, preferred, kind, altLabels, text, row.Origin);
                }
            });
        }
    }

    /// <summary>"knowledge" is knowledge; "skill/competence", an empty type and anything else count as skills.</summary>
    private static SkillKind? ParseKind(ReadOnlySpan<char> type)
    {
        var trimmed = type.Trim();
        if (trimmed.IsEmpty)
        {
            return null;
        }

        return trimmed.Equals("knowledge", StringComparison.OrdinalIgnoreCase) ? SkillKind.Knowledge : SkillKind.Skill;
    }
}
