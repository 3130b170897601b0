using System.Globalization;

namespace OpenTalent.Text.JobAds;

/// <summary>Reads a written amount: "120,000", "80.000" (European grouping), "1.5", "45,50", "25,00,000", "120'000".</summary>
internal static class AmountText
{
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        Span<char> digits = stackalloc char[Math.Min(text.Length, 32) + 1];
        var length = 0;
        var decimalAt = DecimalSeparatorAt(text);
        for (var i = 0; i < text.Length && length < digits.Length - 1; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits[length++] = c;
            }
            else if (i == decimalAt)
            {
                digits[length++] = '.';
            }
        }

        return length > 0 && decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // A final separator followed by one or two digits is a decimal point ("45.50", "45,50"); followed by three
    // it groups thousands ("80.000", "120,000"), since no salary is written to three decimals.
    private static int DecimalSeparatorAt(ReadOnlySpan<char> text)
    {
        var last = text.LastIndexOfAny('.', ',');
        if (last < 0)
        {
            return -1;
        }

        var after = text.Length - last - 1;
        return after is 1 or 2 ? last : -1;
    }
}
