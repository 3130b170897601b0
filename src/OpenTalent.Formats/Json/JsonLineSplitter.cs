using System.Buffers;

namespace OpenTalent.Formats.Json;

/// <summary>
/// Splits a byte stream at line feeds without decoding it. A line longer than the limit is not kept: the splitter
/// skips to its end and flags it, so memory stays bounded by the limit whatever the file holds.
/// </summary>
internal sealed class JsonLineSplitter : IDisposable
{
    private const int ChunkBytes = 64 * 1024;
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _chunk;
    private int _chunkStart;
    private int _chunkEnd;
    private byte[] _line;
    private int _lineLength;
    private bool _endOfStream;

    public JsonLineSplitter(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        _line = ArrayPool<byte>.Shared.Rent(ChunkBytes);
    }

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The line last read, without its line end; empty when <see cref="TooLong"/>. Valid until the next read.</summary>
    public ReadOnlyMemory<byte> Line => _line.AsMemory(0, _lineLength);

    public bool TooLong { get; private set; }

    public bool ReadLine()
    {
        _lineLength = 0;
        TooLong = false;
        var sawAnything = false;
        while (true)
        {
            if (_chunkStart == _chunkEnd && !Fill())
            {
                if (!sawAnything)
                {
                    return false;
                }

                Finish();
                return true;
            }

            sawAnything = true;
            var available = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            var newline = available.IndexOf((byte)'\n');
            var segment = newline >= 0 ? available[..newline] : available;
            Append(segment);
            _chunkStart += newline >= 0 ? newline + 1 : segment.Length;
            if (newline >= 0)
            {
                Finish();
                return true;
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_chunk);
        ArrayPool<byte>.Shared.Return(_line);
        _chunk = [];
        _line = [];
    }

    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }

        _chunkStart = 0;
        _chunkEnd = _stream.Read(_chunk, 0, _chunk.Length);
        if (_chunkEnd == 0)
        {
            _endOfStream = true;
            return false;
        }

        return true;
    }

    private void Append(ReadOnlySpan<byte> segment)
    {
        if (TooLong || segment.IsEmpty)
        {
            return;
        }

        // One byte of slack for the '\r' of a CRLF line end, which is cut off in Finish.
        var needed = _lineLength + segment.Length;
        if (needed > _maxLineBytes + 1)
        {
            TooLong = true;
            _lineLength = 0;
            return;
        }

        if (needed > _line.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(needed, _line.Length * 2), _maxLineBytes + 1));
            _line.AsSpan(0, _lineLength).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_line);
            _line = larger;
        }

        segment.CopyTo(_line.AsSpan(_lineLength));
        _lineLength = needed;
    }

    private void Finish()
    {
        LineNumber++;
        if (TooLong)
        {
            return;
        }

        if (_lineLength > 0 && _line[_lineLength - 1] == (byte)'\r')
        {
            _lineLength--;
        }

        if (_lineLength > _maxLineBytes)
        {
            TooLong = true;
            _lineLength = 0;
            return;
        }

        if (LineNumber == 1 && _line.AsSpan(0, _lineLength).StartsWith(ByteOrderMark))
        {
            _line.AsSpan(3, _lineLength - 3).CopyTo(_line);
            _lineLength -= 3;
        }
    }
}
