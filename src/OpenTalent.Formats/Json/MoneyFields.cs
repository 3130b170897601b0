using System.Text.Json;

namespace OpenTalent.Formats.Json;

/// <summary>The parts of a pay figure both formats share: an ISO 4217 currency and a pay period.</summary>
internal static class MoneyFields
{
    public const string Units = "HOUR, DAY, WEEK, MONTH or YEAR";

    /// <summary>An ISO 4217 code: three letters, upper-cased.</summary>
    public static string? Currency(JsonFields fields, JsonElement amount, string path)
    {
        if (!JsonFields.TryGet(amount, "currency", out var value))
        {
            fields.Required(JsonFields.Path(path, "currency"), "is required (an ISO 4217 code such as USD)");
            return null;
        }

        var text = fields.Text(value, path, "currency");
        if (text is null)
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                fields.Required(JsonFields.Path(path, "currency"), "is required (an ISO 4217 code such as USD)");
            }

            return null;
        }

        if (text.Length != 3 || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1]) || !char.IsAsciiLetter(text[2]))
        {
            fields.Error(JsonFields.Path(path, "currency"), $"'{JsonFields.Clip(text)}' is not an ISO 4217 currency code (three letters such as USD)");
            return null;
        }

        return text.ToUpperInvariant();
    }

    /// <summary>HOUR, DAY, WEEK, MONTH or YEAR, any case; <paramref name="required"/> says whether absence is an error.</summary>
    public static string? Period(JsonFields fields, JsonElement container, string path, string name, bool required = true)
    {
        var text = fields.String(container, path, name);
        if (text is null)
        {
            if (required && !JsonFields.TryGet(container, name, out _))
            {
                fields.Required(JsonFields.Path(path, name), $"is required: {Units}");
            }

            return null;
        }

        var unit = text.ToUpperInvariant();
        if (unit is "HOUR" or "DAY" or "WEEK" or "MONTH" or "YEAR")
        {
            return unit;
        }

        fields.Error(JsonFields.Path(path, name), $"'{JsonFields.Clip(text)}' is not a pay period; use {Units}");
        return null;
    }
}
