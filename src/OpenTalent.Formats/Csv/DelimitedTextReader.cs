namespace OpenTalent.Formats.Csv;

/// <summary>
/// Shared machinery of the text readers: a reusable character buffer over a <see cref="TextReader"/>,
/// physical line counting, and field storage that is reused from record to record.
/// </summary>
public abstract class DelimitedTextReader : RecordReader
{
    private const int BufferSize = 64 * 1024;
    private readonly TextReader _text;
    private readonly bool _ownsText;
    private readonly char[] _buffer = new char[BufferSize];
    private int _bufferPosition;
    private int _bufferLength;
    private char[] _record = new char[1024];
    private int _recordLength;
    private int[] _fieldEnds = new int[32];
    private int _fieldCount;

    protected DelimitedTextReader(TextReader text, string fileName, bool ownsText)
        : base(fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _ownsText = ownsText;
    }

    public override int FieldCount => _fieldCount;

    /// <summary>The physical line (1-based) on which the current record starts.</summary>
    public int LineNumber { get; private set; }

    public override string Location => $"line {LineNumber}";

    /// <summary>The current record's place, to remember for errors found after the file is read.</summary>
    internal Reading.RowOrigin Origin => new(FileName, LineNumber);

    /// <summary>The physical line of the next character to be read.</summary>
    protected int CurrentLine { get; set; } = 1;

    public override SourceDataException Error(string detail, int? column = null, Exception? innerException = null) =>
        new(FileName, LineNumber, detail, innerException);

    /// <summary>Reads the header row; a file without one is an error.</summary>
    protected void ReadHeaderRow()
    {
        SkipByteOrderMark();
        if (!ParseRecord())
        {
            throw new SourceDataException(FileName, null, "the file is empty; a header row naming the columns was expected");
        }

        var names = new string[_fieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = GetField(i).Trim().ToString();
        }

        SetHeader(names);
    }

    protected sealed override bool ReadRecord()
    {
        if (!ParseRecord())
        {
            return false;
        }

        if (_fieldCount != Header.Count)
        {
            throw Error($"expected {Header.Count} fields as the header names, found {_fieldCount}");
        }

        return true;
    }

    /// <summary>Parses the next record into the field buffer, skipping blank lines; false at the end of input.</summary>
    protected abstract bool ParseRecord();

    protected sealed override ReadOnlySpan<char> GetField(int column)
    {
        var start = column == 0 ? 0 : _fieldEnds[column - 1];
        return _record.AsSpan(start, _fieldEnds[column] - start);
    }

    /// <summary>Starts a record whose first character is on the current line.</summary>
    protected void BeginRecord()
    {
        _recordLength = 0;
        _fieldCount = 0;
        LineNumber = CurrentLine;
    }

    protected void Append(char c)
    {
        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }

        _record[_recordLength++] = c;
    }

    protected void EndField()
    {
        if (_fieldCount == _fieldEnds.Length)
        {
            Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
        }

        _fieldEnds[_fieldCount++] = _recordLength;
    }

    /// <summary>The next character, or -1 at the end of input.</summary>
    protected int Next()
    {
        if (_bufferPosition < _bufferLength)
        {
            return _buffer[_bufferPosition++];
        }

        return Fill() ? _buffer[_bufferPosition++] : -1;
    }

    /// <summary>The next character without consuming it, or -1 at the end of input.</summary>
    protected int Peek()
    {
        if (_bufferPosition < _bufferLength)
        {
            return _buffer[_bufferPosition];
        }

        return Fill() ? _buffer[_bufferPosition] : -1;
    }

    /// <summary>
    /// Copies characters into the current field up to (not including) the first of <paramref name="stops"/>,
    /// a whole buffer at a time, and returns that stop character (consumed), or -1 at the end of input.
    /// Line breaks must be among the stops, so the line count stays right.
    /// </summary>
    protected int CopyUntil(System.Buffers.SearchValues<char> stops)
    {
        while (true)
        {
            if (_bufferPosition == _bufferLength && !Fill())
            {
                return -1;
            }

            var available = _buffer.AsSpan(_bufferPosition, _bufferLength - _bufferPosition);
            var stop = available.IndexOfAny(stops);
            var run = stop < 0 ? available : available[..stop];
            AppendRange(run);
            _bufferPosition += run.Length;
            if (stop >= 0)
            {
                return _buffer[_bufferPosition++];
            }
        }
    }

    /// <summary>Consumes the rest of a line break whose first character was <paramref name="c"/>.</summary>
    protected void CompleteLineBreak(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            _bufferPosition++;
        }

        CurrentLine++;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsText)
        {
            _text.Dispose();
        }

        base.Dispose(disposing);
    }

    protected static StreamReader OpenText(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new SourceDataException(Path.GetFileName(path), null, $"the file does not exist (looked for {Path.GetFullPath(path)})");
        }

        // UTF-8 unless a byte order mark says otherwise; the mark itself is not part of the first column's name.
        return new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);
    }

    private void SkipByteOrderMark()
    {
        if (Peek() == '\uFEFF')
        {
            _bufferPosition++;
        }
    }

    private void AppendRange(ReadOnlySpan<char> run)
    {
        if (_recordLength + run.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + run.Length));
        }

        run.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += run.Length;
    }

    private bool Fill()
    {
        _bufferLength = _text.Read(_buffer, 0, _buffer.Length);
        _bufferPosition = 0;
        return _bufferLength > 0;
    }
}
