using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Resumes;

/// <summary>
/// The <c>meta.opentalent</c> extension: <c>remote</c> (remote, hybrid, onsite, any), <c>expectedSalary</c> and
/// <c>currentSalary</c> (<c>currency</c>, <c>amount</c>, <c>period</c>) and <c>locations</c> (strings).
/// JSON Resume allows extra properties in <c>meta</c>, so a file carrying it stays a valid JSON Resume.
/// </summary>
internal static class ResumePreferencesReader
{
    private const string Path = "meta.opentalent";

    public static ResumePreferences Read(JsonFields fields, JsonElement meta)
    {
        if (!fields.Object(meta, "meta", "opentalent", out var preferences))
        {
            return ResumePreferences.None;
        }

        var remote = Remote(fields, preferences);
        var expected = Salary(fields, preferences, "expectedSalary");
        var current = Salary(fields, preferences, "currentSalary");
        var locations = fields.StringArray(preferences, Path, "locations");
        return new ResumePreferences(remote, expected, current, locations);
    }

    private static string? Remote(JsonFields fields, JsonElement preferences)
    {
        var text = fields.String(preferences, Path, "remote");
        if (text is null)
        {
            return null;
        }

        var remote = text.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (remote is "remote" or "hybrid" or "onsite" or "any")
        {
            return remote;
        }

        fields.Error(JsonFields.Path(Path, "remote"), $"'{JsonFields.Clip(text)}' is not one of remote, hybrid, onsite, any");
        return null;
    }

    private static ResumeSalary? Salary(JsonFields fields, JsonElement preferences, string name)
    {
        if (!fields.Object(preferences, Path, name, out var salary))
        {
            return null;
        }

        var path = JsonFields.Path(Path, name);
        var currency = MoneyFields.Currency(fields, salary, path);
        var amount = Amount(fields, salary, path);
        var period = MoneyFields.Period(fields, salary, path, "period");
        return currency is null || amount is null || period is null ? null : new ResumeSalary(currency, amount.Value, period);
    }

    private static decimal? Amount(JsonFields fields, JsonElement salary, string path)
    {
        var field = JsonFields.Path(path, "amount");
        if (!JsonFields.TryGet(salary, "amount", out var value))
        {
            fields.Required(field);
            return null;
        }

        var amount = fields.Number(value, field);
        if (amount <= 0)
        {
            fields.Error(field, $"{JsonFields.Invariant(amount.Value)} is not a positive amount");
            return null;
        }

        return amount;
    }
}
