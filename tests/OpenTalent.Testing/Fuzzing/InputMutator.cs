using System.Text;

namespace OpenTalent.Testing.Fuzzing;

/// <summary>
/// Turns valid seed inputs into damaged ones, reproducibly from a seed number: flipped bits, bytes set to the
/// characters parsers treat specially, inserted, deleted, repeated and truncated ranges, very long lines, deep
/// nesting, one seed spliced into another, and now and then pure noise. A few damages are stacked per input.
/// </summary>
public sealed class InputMutator(IReadOnlyList<byte[]> seeds, int seed)
{
    /// <summary>Inputs never grow past this, so a case measures the parser, not the mutator.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    private static readonly byte[] Special = "\0\t\n\r \"',;:{}[]<>\\/#&=-+.%*~|$€é\u00A0\u2028\uFEFF"u8.ToArray()
        .Concat(new byte[] { 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xFE, 0xFF, 0x7F, 0x1B, 0x0B })
        .ToArray();

    private static readonly string[] Tokens =
    [
        "\"", "\"\"", "\\u0000", "\\uD800", "null", "true", "-0", "1e309", "NaN", "-9223372036854775809",
        "99999999999999999999999", "0x1F", "{", "}", "[", "]", "\r\n", "\t", ",,,,", "</w:t>", "<w:p>", "]]>", "&#0;",
        "&amp;", "%PDF-1.7", "endobj", "stream", "obj <<", "PK\u0003\u0004", "2025-02-30", "9999-99-99", "$-5", "€",
        "per hour", "k", "n/a", "#", "**", "~", "15-1252.00", "http://data.europa.eu/esco/skill/",
    ];

    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        if (_random.Next(50) == 0)
        {
            var noise = new byte[_random.Next(0, 4096)];
            _random.NextBytes(noise);
            return noise;
        }

        var bytes = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var damages = 1 + _random.Next(4);
        for (var i = 0; i < damages; i++)
        {
            Damage(bytes);
        }

        return bytes.Count > MaxLength ? bytes.GetRange(0, MaxLength).ToArray() : bytes.ToArray();
    }

    private void Damage(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        switch (_random.Next(12))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes[at] = Special[_random.Next(Special.Length)];
                break;
            case 2:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                break;
            case 3 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(64)));
                break;
            case 4 when bytes.Count > 0:
                var length = Math.Min(bytes.Count - at, 1 + _random.Next(256));
                var range = bytes.GetRange(at, length);
                var times = 1 + _random.Next(_random.Next(4) == 0 ? 2000 : 8);
                for (var t = 0; t < times && bytes.Count + range.Count <= MaxLength; t++)
                {
                    bytes.InsertRange(at, range);
                }

                break;
            case 5 when bytes.Count > 0:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 6:
                // A line far longer than any real one, in one piece.
                bytes.InsertRange(at, Enumerable.Repeat((byte)"aZ9 ,\t"[_random.Next(6)], 1 + _random.Next(200_000)));
                break;
            case 7:
                var depth = 1 + _random.Next(5_000);
                var (open, close) = _random.Next(3) switch { 0 => ('[', ']'), 1 => ('{', '}'), _ => ('<', '>') };
                bytes.InsertRange(at, Enumerable.Repeat((byte)open, depth).Concat(_random.Next(2) == 0 ? Enumerable.Repeat((byte)close, depth) : []));
                break;
            case 8:
                var other = seeds[_random.Next(seeds.Count)];
                if (other.Length > 0)
                {
                    var from = _random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(1 + _random.Next(Math.Min(4096, other.Length - from))));
                }

                break;
            case 9 when bytes.Count > 1:
                // Two bytes trade places: a delimiter or quote lands where it does not belong.
                var a = _random.Next(bytes.Count);
                var b = _random.Next(bytes.Count);
                (bytes[a], bytes[b]) = (bytes[b], bytes[a]);
                break;
            case 10 when bytes.Count > 3:
                // A little-endian number field set to an extreme: sizes and offsets in ZIP and PDF headers.
                var value = _random.Next(4) switch { 0 => 0u, 1 => uint.MaxValue, 2 => 0x7FFFFFFFu, _ => (uint)_random.Next() };
                var place = Math.Min(at, bytes.Count - 4);
                for (var k = 0; k < 4; k++)
                {
                    bytes[place + k] = (byte)(value >> (8 * k));
                }

                break;
            default:
                var digits = Encoding.ASCII.GetBytes(_random.Next(4) == 0 ? new string('9', 1 + _random.Next(400)) : _random.Next(int.MinValue, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture));
                bytes.InsertRange(at, digits);
                break;
        }
    }
}
