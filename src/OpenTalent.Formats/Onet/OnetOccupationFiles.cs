using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Onet;

/// <summary>The files that describe occupations themselves: codes, titles, tasks, job zones, related occupations.</summary>
internal static class OnetOccupationFiles
{
    public static void ReadOccupations(OnetSession session) =>
        session.ReadRequired(OnetFileNames.OccupationData, reader =>
        {
            var code = reader.RequireColumn(OnetFileNames.CodeColumn);
            var title = reader.RequireColumn("Title");
            var description = reader.RequireColumn("Description");
            session.Log.ReadRows(reader, row =>
            {
                var value = row.GetString(code);
                if (!OccupationCode.IsValid(CodeScheme.OnetSoc, value))
                {
                    throw row.Error($"the O*NET-SOC code '{value}' is not valid");
                }

                var draft = new OnetOccupationDraft(value, row.GetString(title), row.GetOptionalString(description), row.Origin);
                session.AddOccupation(draft, row);
            });
        });

    public static void ReadAlternateTitles(OnetSession session) =>
        session.ReadOptional(OnetFileNames.AlternateTitles, reader =>
        {
            var code = reader.RequireColumn(OnetFileNames.CodeColumn);
            var alternate = reader.RequireColumn("Alternate Title");
            var shortTitle = reader.FindColumn("Short Title");
            session.Log.ReadRows(reader, row =>
            {
                if (session.OccupationOf(row, code) is not { } occupation)
                {
                    return;
                }

                if (row.GetOptionalString(alternate) is { } text)
                {
                    occupation.Titles.Add(new OccupationTitle(text, TitleKind.Alternate));
                }

                if (row.GetOptionalString(shortTitle) is { } shortText)
                {
                    occupation.Titles.Add(new OccupationTitle(shortText, TitleKind.ShortTitle));
                }
            });
        });

    public static void ReadReportedTitles(OnetSession session) =>
        session.ReadOptional(OnetFileNames.ReportedTitles, reader =>
        {
            var code = reader.RequireColumn(OnetFileNames.CodeColumn);
            var reported = reader.RequireColumn("Reported Job Title");
            session.Log.ReadRows(reader, row =>
            {
                if (session.OccupationOf(row, code) is { } occupation && row.GetOptionalString(reported) is { } text)
                {
                    occupation.Titles.Add(new OccupationTitle(text, TitleKind.Reported));
                }
            });
        });

    /// <summary>Only tasks marked "Core" are core; "Supplemental" and not-yet-rated (empty) tasks are not.</summary>
    public static void ReadTasks(OnetSession session) =>
        session.ReadOptional(OnetFileNames.TaskStatements, reader =>
        {
            var code = reader.RequireColumn(OnetFileNames.CodeColumn);
            var task = reader.RequireColumn("Task");
            var type = reader.FindColumn("Task Type");
            session.Log.ReadRows(reader, row =>
            {
                if (session.OccupationOf(row, code) is { } occupation)
                {
                    var isCore = row.GetSpan(type).Trim().Equals("Core", StringComparison.OrdinalIgnoreCase);
                    occupation.Tasks.Add(new OccupationTask(row.GetString(task), isCore));
                }
            });
        });

    public static void ReadJobZones(OnetSession session) =>
        session.ReadOptional(OnetFileNames.JobZones, reader =>
        {
            var code = reader.RequireColumn(OnetFileNames.CodeColumn);
            var zone = reader.RequireColumn("Job Zone");
            session.Log.ReadRows(reader, row =>
            {
                if (session.OccupationOf(row, code) is not { } occupation)
                {
                    return;
                }

                if (!NumberText.TryParseWhole(row.GetSpan(zone), out var value) || value is < 1 or > 5)
                {
                    throw row.Error($"the job zone '{row.GetString(zone)}' is not a whole number from 1 to 5");
                }

                occupation.JobZone = (int)value;
            });
        });

    public static void ReadRelatedOccupations(OnetSession session) =>
        session.ReadOptional(OnetFileNames.RelatedOccupations, reader =>
        {
            var code = reader.RequireColumn(OnetFileNames.CodeColumn);
            var relatedCode = reader.RequireColumn("Related O*NET-SOC Code");
            var tier = reader.FindColumn("Relatedness Tier");
            var index = reader.FindColumn("Index");
            session.Log.ReadRows(reader, row => ReadRelated(session, row, code, relatedCode, tier, index));
        });

    private static void ReadRelated(OnetSession session, RecordReader row, int code, int relatedCode, int tier, int index)
    {
        if (session.OccupationOf(row, code) is not { } occupation)
        {
            return;
        }

        var related = row.GetString(relatedCode);
        if (!session.Contains(related))
        {
            session.Log.Skip($"the related O*NET-SOC code is not in {OnetFileNames.OccupationData}", row);
            return;
        }

        if (related == occupation.Code)
        {
            session.Log.Skip("an occupation is listed as related to itself", row);
            return;
        }

        int? rank = null;
        if (row.GetOptionalString(index) is { } indexText)
        {
            rank = NumberText.TryParseWhole(indexText, out var value) && value is >= 1 and <= int.MaxValue
                ? (int)value
                : throw row.Error($"the index '{indexText}' is not a whole number from 1 up");
        }

        if (!session.Related.TryAdd(new RelatedOccupation(occupation.Code, related, row.GetOptionalString(tier), rank)))
        {
            session.Log.Skip("the related pair appears twice", row);
        }
    }
}
