using System.Text;

namespace OpenTalent.Text.Evaluation;

/// <remarks>The benchmark files are small; Text cannot use the streaming reader in Formats, which depends on it.</remarks>
/// <summary>RFC 4180 records (quoted fields with commas, doubled quotes and line breaks) with the line each starts on.</summary>
internal static class CsvRows
{
    public static IEnumerable<(List<string> Row, int Line)> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var field = new StringBuilder();
        var row = new List<string>();
        int line = 1, rowLine = 1;
        bool quoted = false, started = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    quoted = false;
                    if (reader.Peek() is >= 0 and not (',' or '\r' or '\n'))
                    {
                        throw new InvalidDataException($"{path}, line {line}: text after a closing quote.");
                    }
                }
            }
            else if (ch == '"')
            {
                quoted = !started ? true : throw new InvalidDataException($"{path}, line {line}: a quote inside an unquoted field.");
                started = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                started = false;
            }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (row.Count > 0 || started || field.Length > 0)
                {
                    row.Add(field.ToString());
                    yield return (row, rowLine);
                }

                row = [];
                field.Clear();
                started = false;
                rowLine = ++line;
            }
            else
            {
                field.Append(ch);
                started = true;
            }
        }

        if (quoted)
        {
            throw new InvalidDataException($"{path}, line {rowLine}: a quoted field is never closed.");
        }

        if (row.Count > 0 || started || field.Length > 0)
        {
            row.Add(field.ToString());
            yield return (row, rowLine);
        }
    }
}
