namespace OpenTalent.Core;

internal static class Guard
{
    public static string NotBlank(string? value, string parameterName, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{parameterName} must not be empty.", parameterName);
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException($"{parameterName} is {trimmed.Length} characters long; at most {maxLength} are allowed.", parameterName);
    }
}
