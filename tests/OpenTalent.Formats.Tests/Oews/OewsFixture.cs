using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace OpenTalent.Formats.Tests.Oews;

/// <summary>A few OEWS rows in the national file's columns, written as .csv or as an .xlsx built with OpenXml.</summary>
internal static class OewsFixture
{
    public static readonly string[] Header =
    [
        "AREA", "AREA_TYPE", "I_GROUP", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
        "H_MEAN", "A_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
        "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL",
    ];

    public static readonly string[][] Rows =
    [
        ["99", "1", "cross-industry", "00-0000", "All Occupations", "total", "154,187,380", "32.66", "67,920", "14.42", "17.66", "23.8", "37.89", "60.44", "29,990", "36,730", "49,500", "78,810", "125,720", ""],
        ["99", "1", "cross-industry", "11-1010", "Chief Executives", "broad", "211850", "126.41", "262930", "35.44", "60.61", "99.24", "#", "#", "73710", "126080", "206420", "#", "#", ""],
        ["99", "1", "cross-industry", "11-1011", "Chief Executives", "detailed", "211850", "126.41", "262930", "35.44", "60.61", "99.24", "#", "#", "73710", "126080", "206420", "#", "#", ""],
        ["99", "1", "cross-industry", "25-2012", "Kindergarten Teachers, Except Special Education", "detailed", "**", "*", "67890", "*", "*", "*", "*", "*", "40000", "45000", "60000", "70000", "80000", "TRUE"],
        ["99", "1", "cross-industry", "27-2011", "Actors", "detailed", "~", "25.5", "", "12", "15", "20", "30", "~", "*", "*", "*", "*", "*", ""],
    ];

    public static string WriteCsv(string path, IEnumerable<string[]>? rows = null, string[]? header = null)
    {
        var lines = new[] { header ?? Header }.Concat(rows ?? Rows).Select(r => string.Join(",", r.Select(Quote)));
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    /// <summary>
    /// Header cells as shared strings, titles as inline strings, plain numbers as numeric cells (one stored with
    /// binary noise, as Excel writes it), special values as shared strings, and empty cells left out entirely.
    /// </summary>
    public static string WriteXlsx(string path, string sheetName = "All May 2024 data", IEnumerable<string[]>? rows = null)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var rowNumber = 1u;
        foreach (var values in new[] { Header }.Concat(rows ?? Rows))
        {
            var row = new Row { RowIndex = rowNumber };
            for (var column = 0; column < values.Length; column++)
            {
                if (values[column].Length > 0)
                {
                    row.Append(Cell(values[column], column, rowNumber, Header[column], strings.SharedStringTable));
                }
            }

            data.Append(row);
            rowNumber++;
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        // A second sheet, as BLS adds field descriptions; the reader must use the first.
        var notes = workbook.AddNewPart<WorksheetPart>();
        notes.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new SheetText("Field")) })));
        workbook.Workbook.Sheets!.AppendChild(new Sheet { Id = workbook.GetIdOfPart(notes), SheetId = 2, Name = "Field Descriptions" });
        workbook.Workbook.Save();
        return path;
    }

    private static Cell Cell(string value, int column, uint row, string header, SharedStringTable strings)
    {
        var reference = $"{ColumnName(column)}{row}";
        var plain = value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (row > 1 && header != "OCC_CODE" && double.TryParse(plain, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            // 126.41 is stored as Excel writes the double nearest to it.
            var text = plain == "126.41" ? "126.41000000000001" : number.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            return new Cell { CellReference = reference, CellValue = new CellValue(text) };
        }

        if (header == "OCC_TITLE" && row > 1)
        {
            return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new SheetText(value)) };
        }

        strings.AppendChild(new SharedStringItem(new SheetText(value)));
        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.SharedString,
            CellValue = new CellValue((strings.ChildElements.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private static string ColumnName(int column) => column < 26 ? ((char)('A' + column)).ToString() : "A" + (char)('A' + column - 26);

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;
}
