namespace OpenTalent.Formats;

/// <summary>
/// A reference file that cannot be read as its format promises: a malformed row, a missing column or file.
/// The message always starts with where the problem is, so a user can open the file and look:
/// <c>Occupation Data.txt, line 17: the O*NET-SOC code '15-12X2.00' is not valid</c>.
/// </summary>
public sealed class SourceDataException : Exception
{
    public SourceDataException(string fileName, int? line, string detail, Exception? innerException = null)
        : this(fileName, line, sheet: null, cell: null, detail, innerException)
    {
    }

    private SourceDataException(string fileName, int? line, string? sheet, string? cell, string detail, Exception? innerException)
        : base(Compose(fileName, line, sheet, cell, detail), innerException)
    {
        FileName = fileName;
        Line = line;
        Sheet = sheet;
        Cell = cell;
        Detail = detail;
    }

    /// <summary>The file's name (not its full path, which the user already knows).</summary>
    public string FileName { get; }

    /// <summary>The physical line where the record starts (text files), or the row number (spreadsheets).</summary>
    public int? Line { get; }

    public string? Sheet { get; }

    /// <summary>A spreadsheet cell reference such as <c>M17</c>, when the problem is one cell.</summary>
    public string? Cell { get; }

    /// <summary>The problem itself, without the location.</summary>
    public string Detail { get; }

    /// <summary>A problem in a spreadsheet: at one cell when <paramref name="cell"/> is given, else at a row.</summary>
    public static SourceDataException InSheet(string fileName, string sheet, int? row, string? cell, string detail, Exception? innerException = null) =>
        new(fileName, row, sheet, cell, detail, innerException);

    private static string Compose(string fileName, int? line, string? sheet, string? cell, string detail)
    {
        var where = (sheet, cell, line) switch
        {
            (not null, not null, _) => $"{fileName}, sheet '{sheet}', cell {cell}",
            (not null, null, not null) => $"{fileName}, sheet '{sheet}', row {line}",
            (not null, null, null) => $"{fileName}, sheet '{sheet}'",
            (null, _, not null) => $"{fileName}, line {line}",
            _ => fileName,
        };
        return $"{where}: {detail}";
    }
}
