using System.Globalization;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;
using OpenTalent.Formats.Xlsx;

namespace OpenTalent.Formats.Oews;

/// <summary>
/// Reads the BLS OEWS national file, as BLS publishes it (.xlsx, first sheet) or converted to .csv.
/// Every row becomes one <see cref="OccupationWage"/>: the total, major, minor, broad and detailed levels.
/// </summary>
/// <remarks>
/// The survey year comes from, in order: the <c>year</c> argument, a YEAR column, the file name as BLS
/// writes it (national_M2024_dl → 2024). With none of these the file is rejected, because a guessed year
/// would put wages in the wrong survey. BLS lists an occupation it only publishes at the broad level twice,
/// once "broad" and once "detailed"; both are kept, as their levels differ. Rows for other areas or for
/// single industries (state or industry files) are skipped, since they would repeat the national codes.
/// </remarks>
public static class OewsReader
{
    public static SourceReadResult Read(string path, int? year = null, IProgress<ProgressUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            var hint = Directory.Exists(path) ? "it is a folder; give the national_M<year>_dl.xlsx or .csv file itself" : "the file does not exist";
            throw new SourceDataException(fileName, null, $"cannot read OEWS wages from {Path.GetFullPath(path)}: {hint}");
        }

        var log = new ReadLog("OEWS", progress, cancellationToken);
        using var reader = OpenTable(path);
        var columns = new OewsColumns(reader);
        var fileYear = year ?? YearFromFileName(fileName);
        if (fileYear is null && columns.Year < 0)
        {
            throw new SourceDataException(fileName, null,
                "cannot tell the survey year: the file has no YEAR column and its name lacks the year as BLS writes it (national_M2024_dl.xlsx); rename the file or give the year");
        }

        var wages = new List<OccupationWage>();
        var seen = new HashSet<(string, SocGroupLevel, int)>();
        var years = new SortedSet<int>();
        log.ReadRows(reader, row =>
        {
            if (IsOtherArea(row, columns))
            {
                log.Skip("not a national (U.S.) cross-industry estimate", row);
                return;
            }

            var rowYear = fileYear ?? ParseYear(row, columns.Year);
            var topCode = OewsTopCodes.For(rowYear, out var exact);
            if (years.Add(rowYear) && !exact)
            {
                log.Note(string.Create(CultureInfo.InvariantCulture,
                    $"No top-code figures are recorded for {rowYear}; '#' wages were read as at least ${topCode.Hourly:0.00} an hour or ${topCode.Annual:N0} a year, the {topCode.Year} ceiling. Add {rowYear} to OewsTopCodes."));
            }

            var wage = columns.Map(row, rowYear, topCode, $"BLS OEWS May {rowYear}, national");
            if (seen.Add((wage.SocCode, wage.Level, wage.Year)))
            {
                wages.Add(wage);
            }
            else
            {
                log.Skip("the same SOC code, level and year appear twice", row);
            }
        });

        var releaseName = years.Count switch
        {
            0 => fileYear is { } only ? $"May {only}" : ReleaseNames.Unknown,
            1 => $"May {years.Min}",
            _ => $"May {years.Min}-{years.Max}",
        };
        return log.Complete(new TaxonomyRelease(TaxonomySource.Oews, releaseName, wages: wages));
    }

    /// <summary>national_M2024_dl.xlsx → 2024: the four digits after "_M", as BLS names its files.</summary>
    public static int? YearFromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        for (var at = name.IndexOf("_M", StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf("_M", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var digits = name.AsSpan(at + 2);
            if (digits.Length >= 4 && int.TryParse(digits[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && (digits.Length == 4 || !char.IsAsciiDigit(digits[4])))
            {
                return year;
            }
        }

        return null;
    }

    private static RecordReader OpenTable(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return XlsxSheetReader.OpenFirstSheet(path);
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CsvReader.Open(path);
        }

        throw new SourceDataException(Path.GetFileName(path), null, "expected the OEWS file as .xlsx (as BLS publishes it) or .csv");
    }

    private static int ParseYear(RecordReader row, int column) =>
        NumberText.TryParseWhole(row.GetSpan(column), out var year) && year is >= 1990 and <= 2100
            ? (int)year
            : throw row.Error($"YEAR: '{row.GetString(column)}' is not a survey year", column);

    private static bool IsOtherArea(RecordReader row, OewsColumns columns)
    {
        if (columns.AreaType >= 0 && row.GetSpan(columns.AreaType).Trim() is var area && !area.IsEmpty && area is not "1")
        {
            return true;
        }

        return columns.IndustryGroup >= 0 && row.GetSpan(columns.IndustryGroup).Trim() is var industry
            && !industry.IsEmpty && !industry.Equals("cross-industry", StringComparison.OrdinalIgnoreCase);
    }
}
