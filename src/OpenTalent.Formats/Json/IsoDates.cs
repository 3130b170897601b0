using System.Globalization;

namespace OpenTalent.Formats.Json;

/// <summary>The ISO 8601 date forms the two formats use.</summary>
internal static class IsoDates
{
    public const string PartialFormats = "YYYY, YYYY-MM or YYYY-MM-DD";

    /// <summary>
    /// A calendar date <c>YYYY-MM-DD</c> or a date-time starting with one (<c>2024-05-17T09:00:00Z</c>). The date
    /// is taken as written, not converted to UTC: a posting dated the 17th in its own time zone stays the 17th.
    /// </summary>
    public static bool TryParseDateOrDateTime(string text, out DateOnly date)
    {
        date = default;
        if (text.Length < 10 || !TryParseFullDate(text.AsSpan(0, 10), out date))
        {
            return false;
        }

        if (text.Length == 10)
        {
            return true;
        }

        return (text[10] == 'T' || text[10] == 't' || text[10] == ' ')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
    }

    /// <summary>JSON Resume's partial dates: <c>2021</c>, <c>2021-05</c> or <c>2021-05-17</c>; a missing month or day is the 1st.</summary>
    public static bool TryParsePartial(string text, out DateOnly date)
    {
        date = default;
        var span = text.AsSpan();
        if (span.Length is not (4 or 7 or 10) || !TryDigits(span[..4], out var year) || year < 1)
        {
            return false;
        }

        var month = 1;
        if (span.Length >= 7 && (span[4] != '-' || !TryDigits(span.Slice(5, 2), out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (span.Length == 10)
        {
            return TryParseFullDate(span, out date);
        }

        date = new DateOnly(year, month, 1);
        return true;
    }

    private static bool TryParseFullDate(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
