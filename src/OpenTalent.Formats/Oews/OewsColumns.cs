using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Oews;

/// <summary>
/// The columns of an OEWS table, found by header name, and the mapping of one row to an <see cref="OccupationWage"/>.
/// Special values as BLS documents them: "*" wage not available, "**" employment not available,
/// "#" at or above the top code, "~" (share of establishments under 0.5%) and empty also not available.
/// </summary>
internal sealed class OewsColumns
{
    private static readonly string[] DistributionColumns = ["PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90", "MEAN"];
    private readonly int _code;
    private readonly int _title;
    private readonly int _group;
    private readonly int _employment;
    private readonly int[] _hourly;
    private readonly int[] _annual;

    public OewsColumns(RecordReader reader)
    {
        _code = reader.RequireColumn("OCC_CODE");
        _title = reader.RequireColumn("OCC_TITLE");
        // Releases before 2019 call the level column OCC_GROUP.
        _group = reader.RequireColumn("O_GROUP", "OCC_GROUP");
        _employment = reader.RequireColumn("TOT_EMP");
        _hourly = Distribution(reader, 'H');
        _annual = Distribution(reader, 'A');
        Year = reader.FindColumn("YEAR");
        AreaType = reader.FindColumn("AREA_TYPE");
        IndustryGroup = reader.FindColumn("I_GROUP");
    }

    public int Year { get; }

    public int AreaType { get; }

    public int IndustryGroup { get; }

    public OccupationWage Map(RecordReader row, int year, OewsTopCode topCode, string sourceNote)
    {
        var code = row.GetString(_code);
        if (!OccupationCode.IsValid(CodeScheme.Soc, code))
        {
            throw row.Error($"OCC_CODE: '{code}' is not a valid SOC code", _code);
        }

        return new OccupationWage(
            code,
            row.GetString(_title),
            ParseLevel(row),
            year,
            ParseEmployment(row),
            ParseDistribution(row, _annual, topCode.Annual),
            ParseDistribution(row, _hourly, topCode.Hourly),
            sourceNote);
    }

    public string CodeOf(RecordReader row) => row.GetString(_code);

    /// <summary>Columns P10, P25, median, P75, P90, mean, in the order <see cref="WageDistribution"/> takes them.</summary>
    private static int[] Distribution(RecordReader reader, char period) =>
        [.. DistributionColumns.Select(name => reader.RequireColumn($"{period}_{name}"))];

    private SocGroupLevel ParseLevel(RecordReader row)
    {
        var text = row.GetSpan(_group).Trim();
        foreach (var level in Enum.GetValues<SocGroupLevel>())
        {
            if (text.Equals(level.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        throw row.Error($"O_GROUP: '{text}' is not one of total, major, minor, broad, detailed", _group);
    }

    private long? ParseEmployment(RecordReader row)
    {
        var text = row.GetSpan(_employment).Trim();
        if (IsUnavailable(text))
        {
            return null;
        }

        return NumberText.TryParseWhole(text, out var value) && value >= 0
            ? value
            : throw row.Error($"TOT_EMP: '{text}' is not an employment count, '**' or empty", _employment);
    }

    private static WageDistribution ParseDistribution(RecordReader row, int[] columns, decimal topCode) => new(
        ParseWage(row, columns[0], topCode),
        ParseWage(row, columns[1], topCode),
        ParseWage(row, columns[2], topCode),
        ParseWage(row, columns[3], topCode),
        ParseWage(row, columns[4], topCode),
        ParseWage(row, columns[5], topCode));

    private static WageEstimate? ParseWage(RecordReader row, int column, decimal topCode)
    {
        var text = row.GetSpan(column).Trim();
        if (IsUnavailable(text))
        {
            return null;
        }

        if (text is "#")
        {
            return new WageEstimate(topCode, isLowerBound: true);
        }

        return NumberText.TryParseDecimal(text, out var value) && value >= 0
            ? new WageEstimate(value)
            : throw row.Error($"{row.Header[column]}: '{text}' is not a wage, '*', '#' or empty", column);
    }

    private static bool IsUnavailable(ReadOnlySpan<char> text) => text is "" or "*" or "**" or "~";
}
