using System.Globalization;
using System.Text;

namespace OpenTalent.Core.Workforce;

/// <summary>The normalised forms duplicates are found by.</summary>
public static class CandidateKeys
{
    /// <summary>An email for matching: lower case, without a "+tag" in the local part (ada+jobs@x.org is ada@x.org).</summary>
    public static string EmailForMatching(string normalisedEmail)
    {
        ArgumentNullException.ThrowIfNull(normalisedEmail);
        var at = normalisedEmail.IndexOf('@', StringComparison.Ordinal);
        var plus = normalisedEmail.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 && plus < at ? normalisedEmail[..plus] + normalisedEmail[at..] : normalisedEmail;
    }

    /// <summary>Digits only, "00" prefix read as "+"; null when fewer than 7 digits.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        var digits = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        var international = trimmed.StartsWith('+') || (digits.Length > 2 && digits[0] == '0' && digits[1] == '0');
        var value = digits.ToString();
        if (international && value.StartsWith("00", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Length < 7 ? null : (international ? "+" : string.Empty) + value;
    }

    /// <summary>
    /// The last nine digits: what a number keeps whether written with its country code or in national form
    /// (+44 20 7946 0958 and 020 7946 0958 agree).
    /// </summary>
    public static string PhoneForMatching(string normalisedPhone)
    {
        ArgumentNullException.ThrowIfNull(normalisedPhone);
        var digits = normalisedPhone.TrimStart('+');
        return digits.Length <= 9 ? digits : digits[^9..];
    }

    /// <summary>A name folded for comparison: accents removed, lower case, tokens sorted ("Lovelace, Ada" is "ada lovelace").</summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Words(name);
        tokens.Sort(StringComparer.Ordinal);
        return string.Join(' ', tokens);
    }

    /// <summary>Lower-case accent-free words of letters and digits.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
