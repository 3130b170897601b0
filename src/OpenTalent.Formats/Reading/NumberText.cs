using System.Globalization;

namespace OpenTalent.Formats.Reading;

/// <summary>Numbers as reference files write them: invariant culture, optional thousands separators.</summary>
internal static class NumberText
{
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);

    /// <summary>A whole number, also when written "3.0" as spreadsheet exports do.</summary>
    public static bool TryParseWhole(ReadOnlySpan<char> text, out long value)
    {
        if (TryParseDecimal(text, out var number) && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue)
        {
            value = (long)number;
            return true;
        }

        value = 0;
        return false;
    }
}
