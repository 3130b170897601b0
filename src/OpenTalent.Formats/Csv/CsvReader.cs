using System.Buffers;

namespace OpenTalent.Formats.Csv;

/// <summary>
/// A streaming RFC 4180 reader: comma-separated fields, optionally in double quotes, where a quoted field
/// may hold commas, line breaks and doubled quotes. Accepts CRLF or LF line ends and a byte order mark;
/// skips blank lines. Every record must have as many fields as the header.
/// </summary>
public sealed class CsvReader : DelimitedTextReader
{
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\r\n");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

    /// <summary>Reads the header row of <paramref name="text"/> at once.</summary>
    public CsvReader(TextReader text, string fileName, bool ownsText = false)
        : base(text, fileName, ownsText) => ReadHeaderRow();

    public static CsvReader Open(string path) => new(OpenText(path), Path.GetFileName(path), ownsText: true);

    protected override bool ParseRecord()
    {
        var c = Next();
        while (c is '\r' or '\n')
        {
            CompleteLineBreak(c);
            c = Next();
        }

        if (c < 0)
        {
            return false;
        }

        BeginRecord();
        while (true)
        {
            if (c == '"')
            {
                c = ReadRestOfQuotedField();
            }
            else if (c is not (',' or '\r' or '\n' or -1))
            {
                // A quote inside an unquoted field is taken literally, as most producers mean it.
                Append((char)c);
                c = CopyUntil(UnquotedStops);
            }

            EndField();
            if (c == ',')
            {
                c = Next();
                continue;
            }

            if (c >= 0)
            {
                CompleteLineBreak(c);
            }

            return true;
        }
    }

    /// <summary>Reads a quoted field after its opening quote; returns the character after the closing quote.</summary>
    private int ReadRestOfQuotedField()
    {
        var openedOnLine = CurrentLine;
        while (true)
        {
            var c = CopyUntil(QuotedStops);
            if (c < 0)
            {
                throw new SourceDataException(FileName, openedOnLine, "a quoted field opens on this line but its closing quote never comes");
            }

            if (c == '"')
            {
                if (Peek() != '"')
                {
                    break;
                }

                Next();
                Append('"');
                continue;
            }

            // A line break inside quotes belongs to the field.
            Append((char)c);
            if (c == '\r' && Peek() == '\n')
            {
                Append((char)Next());
            }

            CurrentLine++;
        }

        var after = Next();
        return after is ',' or '\r' or '\n' or -1
            ? after
            : throw Error($"field {FieldCount + 1} has '{(char)after}' after its closing quote; a quote inside a quoted field must be doubled");
    }
}
