using System.Globalization;
using System.Text;

namespace OpenTalent.Web;

/// <summary>
/// Builds a CSV download (RFC 4180: comma, CRLF, quotes doubled). A cell that a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so exported text that people
/// wrote cannot execute when opened; numbers are written invariantly and are never prefixed.
/// </summary>
public sealed class CsvDocument
{
    private readonly StringBuilder _text = new();

    public CsvDocument(params string[] header) => Row(header);

    public CsvDocument Row(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(Cell(cells[i]));
        }

        _text.Append("\r\n");
        return this;
    }

    public IResult ToResult(string fileName) =>
        TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(_text.ToString())).ToArray(), "text/csv; charset=utf-8", fileName);

    public override string ToString() => _text.ToString();

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            double number => number.ToString("0.####", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
