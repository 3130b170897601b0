using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenTalent.Formats.Csv;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace OpenTalent.Formats.Xlsx;

/// <summary>
/// The first worksheet of an .xlsx workbook as a table: the first non-empty row is the header, each later
/// non-empty row a record. Streams the sheet with <see cref="OpenXmlReader"/>, one row element at a time.
/// Cells read as text: shared and inline strings as written, numbers in invariant notation, booleans as TRUE/FALSE.
/// </summary>
internal sealed class XlsxSheetReader : RecordReader
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _xml;
    private readonly string[] _sharedStrings;
    /// <summary>Columns A to XFD: the most any workbook holds.</summary>
    private const int MaxColumns = 16_384;

    private string[] _cells = Enumerable.Repeat(string.Empty, 32).ToArray();
    private int _fieldCount;

    private XlsxSheetReader(string fileName, SpreadsheetDocument document, OpenXmlReader xml, string[] sharedStrings, string sheetName)
        : base(fileName)
    {
        _document = document;
        _xml = xml;
        _sharedStrings = sharedStrings;
        SheetName = sheetName;
        if (!ReadRow())
        {
            throw SourceDataException.InSheet(fileName, sheetName, null, null, "the sheet is empty; a header row naming the columns was expected");
        }

        SetHeader(_cells.Take(_fieldCount).Select(c => c.Trim()).ToArray());
    }

    public string SheetName { get; }

    /// <summary>The spreadsheet row number of the current record.</summary>
    public int RowNumber { get; private set; }

    public override int FieldCount => _fieldCount;

    public override string Location => $"sheet '{SheetName}', row {RowNumber}";

    public static XlsxSheetReader OpenFirstSheet(string path)
    {
        var fileName = Path.GetFileName(path);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw new SourceDataException(fileName, null, $"not a readable .xlsx workbook ({ex.Message})", ex);
        }

        try
        {
            var workbook = document.WorkbookPart ?? throw new SourceDataException(fileName, null, "the workbook has no sheets");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new SourceDataException(fileName, null, "the workbook has no sheets");
            var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id?.Value ?? string.Empty);
            var sharedStrings = ReadSharedStrings(workbook);
            return new XlsxSheetReader(fileName, document, OpenXmlReader.Create(worksheet), sharedStrings, sheet.Name?.Value ?? "Sheet1");
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            document.Dispose();
            throw new SourceDataException(fileName, null, $"the workbook is damaged ({ex.Message}); download it again or save it again from a spreadsheet program", ex);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What the packaging and XML layers throw for a damaged workbook: broken ZIP data, malformed XML, a part that
    /// is missing or of the wrong kind. Each becomes a <see cref="SourceDataException"/> that says where.
    /// </summary>
    private static bool IsDamage(Exception exception) =>
        exception is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException
            or KeyNotFoundException or ArgumentException or InvalidCastException or InvalidOperationException or FormatException or OverflowException;

    /// <summary>"A" for column 0, "AA" for column 26.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public override SourceDataException Error(string detail, int? column = null, Exception? innerException = null) =>
        SourceDataException.InSheet(FileName, SheetName, RowNumber, column is { } c ? ColumnName(c) + RowNumber.ToString(CultureInfo.InvariantCulture) : null, detail, innerException);

    protected override bool ReadRecord() => ReadRow();

    protected override ReadOnlySpan<char> GetField(int column) => _cells[column];

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _xml.Dispose();
            _document.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string[] ReadSharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(item => string.Concat(item.Descendants<SheetText>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text)))
            .ToArray() ?? [];

    /// <summary>Moves to the next row that has at least one non-empty cell.</summary>
    private bool ReadRow()
    {
        try
        {
            while (_xml.Read())
            {
                if (_xml.ElementType != typeof(Row) || !_xml.IsStartElement)
                {
                    continue;
                }

                var row = (Row)_xml.LoadCurrentElement()!;
                RowNumber = row.RowIndex?.Value is { } index and <= int.MaxValue ? (int)index : RowNumber + 1;
                if (LoadCells(row))
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is not SourceDataException && IsDamage(ex))
        {
            throw SourceDataException.InSheet(FileName, SheetName, RowNumber + 1, null, $"the sheet is damaged after row {RowNumber} ({ex.Message}); download the file again", ex);
        }

        return false;
    }

    private bool LoadCells(Row row)
    {
        Array.Fill(_cells, string.Empty, 0, _fieldCount);
        _fieldCount = 0;
        var next = 0;
        var anyValue = false;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference && ColumnIndex(reference) is >= 0 and var referenced ? referenced : next;
            if (column >= MaxColumns)
            {
                throw Error($"a cell lies past column XFD, the last a workbook can have (reference '{cell.CellReference?.Value}')");
            }

            next = column + 1;
            var text = CellText(cell, column);
            if (text.Length == 0)
            {
                continue;
            }

            EnsureCapacity(column + 1);
            _cells[column] = text;
            _fieldCount = Math.Max(_fieldCount, column + 1);
            anyValue = true;
        }

        // A data row may stop before the last columns; those read as empty.
        _fieldCount = Math.Max(_fieldCount, Header.Count);
        EnsureCapacity(_fieldCount);
        return anyValue;
    }

    private void EnsureCapacity(int count)
    {
        if (count > _cells.Length)
        {
            var grown = new string[Math.Max(count, _cells.Length * 2)];
            Array.Fill(grown, string.Empty);
            _cells.CopyTo(grown, 0);
            _cells = grown;
        }
    }

    private string CellText(Cell cell, int column)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length
                ? _sharedStrings[index]
                : throw Error($"the cell refers to shared string '{raw}', which the workbook does not have", column);
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? string.Concat(inline.Descendants<SheetText>().Select(t => t.Text)) : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
        }

        if (type is null || type == CellValues.Number)
        {
            return NormaliseNumber(raw);
        }

        return raw;
    }

    /// <summary>
    /// A stored double written back the way a person (or a CSV export) would: 68.150000000000006 → 68.15.
    /// Converting to decimal keeps 15 significant digits, which is all a double reliably holds.
    /// </summary>
    private static string NormaliseNumber(string raw)
    {
        if (raw.Length == 0 || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || Math.Abs(value) > 7.9e27)
        {
            return raw;
        }

        return ((decimal)value).ToString(CultureInfo.InvariantCulture);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            var letter = char.ToUpperInvariant(c);
            if (letter is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (letter - 'A' + 1);
            if (index > MaxColumns)
            {
                return MaxColumns;
            }
        }

        return index - 1;
    }
}
