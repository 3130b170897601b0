using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Onet;

/// <summary>The files that tie occupations to skills: technology, tools, and the skill and knowledge elements.</summary>
internal static class OnetSkillFiles
{
    public static void ReadTechnology(OnetSession session) =>
        session.ReadOptional(OnetFileNames.TechnologySkills, reader => ReadExamples(session, reader, SkillKind.Technology));

    public static void ReadTools(OnetSession session) =>
        session.ReadOptional(OnetFileNames.ToolsUsed, reader => ReadExamples(session, reader, SkillKind.Tool));

    /// <summary>
    /// Skills.txt or Knowledge.txt: one row per occupation, element and scale. Importance comes from scale IM,
    /// level from LV; other scales are ignored. An empty or "n/a" value is absent. A value O*NET recommends
    /// suppressing (too imprecise to publish) is left absent too, but the link stays: the element still
    /// describes the occupation, and its other scale is usually sound.
    /// </summary>
    public static void ReadElements(OnetSession session, string fileName, SkillKind kind, IReadOnlyDictionary<string, string> descriptions) =>
        session.ReadOptional(fileName, reader =>
        {
            var code = reader.RequireColumn(OnetFileNames.CodeColumn);
            var elementId = reader.RequireColumn("Element ID");
            var elementName = reader.RequireColumn("Element Name");
            var scale = reader.RequireColumn("Scale ID");
            var dataValue = reader.RequireColumn("Data Value");
            var suppress = reader.FindColumn("Recommend Suppress");
            session.Log.ReadRows(reader, row =>
            {
                if (session.OccupationOf(row, code) is not { } occupation)
                {
                    return;
                }

                var origin = row.Origin;
                var id = row.GetString(elementId);
                var key = OnetSkillCatalog.ElementKey(id);
                session.Skills.AddElement(key, row.GetString(elementName), kind, id, descriptions.GetValueOrDefault(id), origin);
                var link = session.Skills.Link(occupation.Code, key, origin);
                var value = IsYes(row.GetSpan(suppress)) ? null : ParseDataValue(row, dataValue);
                var scaleId = row.GetSpan(scale).Trim();
                if (scaleId.Equals("IM", StringComparison.OrdinalIgnoreCase))
                {
                    link.Importance = value;
                }
                else if (scaleId.Equals("LV", StringComparison.OrdinalIgnoreCase))
                {
                    link.Level = value;
                }
            });
        });

    /// <summary>Element descriptions from the content model, when the folder has it.</summary>
    public static IReadOnlyDictionary<string, string> ReadElementDescriptions(OnetSession session)
    {
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        session.ReadOptional(OnetFileNames.ContentModelReference, reader =>
        {
            var id = reader.RequireColumn("Element ID");
            var description = reader.RequireColumn("Description");
            session.Log.ReadRows(reader, row =>
            {
                if (row.GetOptionalString(description) is { } text)
                {
                    descriptions.TryAdd(row.GetString(id), text);
                }
            });
        });
        return descriptions;
    }

    private static void ReadExamples(OnetSession session, TabSeparatedReader reader, SkillKind kind)
    {
        var code = reader.RequireColumn(OnetFileNames.CodeColumn);
        var example = reader.RequireColumn("Example");
        var commodityCode = reader.FindColumn("Commodity Code");
        var commodityTitle = reader.FindColumn("Commodity Title");
        var hot = reader.FindColumn("Hot Technology");
        var inDemand = reader.FindColumn("In Demand");
        session.Log.ReadRows(reader, row =>
        {
            if (session.OccupationOf(row, code) is not { } occupation)
            {
                return;
            }

            var label = row.GetString(example);
            if (label.Length == 0)
            {
                throw row.Error("the Example column is empty");
            }

            var key = kind == SkillKind.Technology ? OnetSkillCatalog.TechnologyKey(label) : OnetSkillCatalog.ToolKey(label);
            var isHot = IsYes(row.GetSpan(hot));
            var isInDemand = IsYes(row.GetSpan(inDemand));
            var origin = row.Origin;
            session.Skills.AddExample(key, label, kind, row.GetOptionalString(commodityCode), row.GetOptionalString(commodityTitle), isHot, isInDemand, origin);
            var link = session.Skills.Link(occupation.Code, key, origin);
            link.Hot |= isHot;
            link.InDemand |= isInDemand;
        });
    }

    private static double? ParseDataValue(RecordReader row, int column)
    {
        var text = row.GetSpan(column).Trim();
        if (text.IsEmpty || text.Equals("n/a", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return NumberText.TryParseDouble(text, out var value)
            ? value
            : throw row.Error($"the data value '{text}' is not a number");
    }

    private static bool IsYes(ReadOnlySpan<char> flag) => flag.Trim().Equals("Y", StringComparison.OrdinalIgnoreCase);
}
