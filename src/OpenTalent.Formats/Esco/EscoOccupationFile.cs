using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Esco;

/// <summary>
/// The occupations file in either layout. An occupation's key is its URI; its codes are the URI and,
/// where the row gives a valid one, its ISCO-08 group. Alternative labels become alternate titles.
/// </summary>
internal static class EscoOccupationFile
{
    public static List<Occupation> Read(string path, ReadLog log)
    {
        using var reader = CsvReader.Open(path);
        if (reader.FindColumn(EscoColumns.Uri) < 0)
        {
            throw new SourceDataException(reader.FileName, null,
                "the required column 'conceptUri' is missing: an ESCO occupations file has conceptUri (ESCO download) or ORIGINURI (Tabiya export)");
        }

        var uri = reader.RequireColumn(EscoColumns.Uri);
        var label = reader.RequireColumn(EscoColumns.PreferredLabel);
        var isco = reader.FindColumn(EscoColumns.IscoGroup);
        var alt = reader.FindColumn(EscoColumns.AltLabels);
        var description = reader.FindColumn(EscoColumns.Description);
        var occupations = new List<Occupation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        log.ReadRows(reader, row =>
        {
            var conceptUri = row.GetOptionalString(uri);
            if (conceptUri is null)
            {
                log.Skip("an occupation row has no URI", row);
                return;
            }

            if (!seen.Add(conceptUri))
            {
                log.Skip("the occupation URI appears twice", row);
                return;
            }

            var codes = new List<OccupationCode> { new(CodeScheme.EscoUri, conceptUri) };
            if (row.GetOptionalString(isco) is { } group && OccupationCode.IsValid(CodeScheme.Isco, group))
            {
                codes.Add(new OccupationCode(CodeScheme.Isco, group));
            }

            var titles = EscoLabels.Split(row.GetOptionalString(alt)).Select(t => new OccupationTitle(t, TitleKind.Alternate));
            occupations.Add(new Occupation(conceptUri, row.GetString(label), row.GetOptionalString(description), codes, titles));
        });
        return occupations;
    }
}
