using System.Buffers;

namespace OpenTalent.Formats.Csv;

/// <summary>
/// Tab-separated text as the O*NET database publishes it: no quoting at all, a header row naming the columns,
/// LF or CRLF line ends. Blank lines are skipped; every other line must have as many fields as the header.
/// </summary>
public sealed class TabSeparatedReader : DelimitedTextReader
{
    private static readonly SearchValues<char> Stops = SearchValues.Create("\t\r\n");

    /// <summary>Reads the header row of <paramref name="text"/> at once.</summary>
    public TabSeparatedReader(TextReader text, string fileName, bool ownsText = false)
        : base(text, fileName, ownsText) => ReadHeaderRow();

    public static TabSeparatedReader Open(string path) => new(OpenText(path), Path.GetFileName(path), ownsText: true);

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
            if (c is not ('\t' or '\r' or '\n' or -1))
            {
                Append((char)c);
                c = CopyUntil(Stops);
            }

            EndField();
            if (c == '\t')
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
}
