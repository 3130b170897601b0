namespace OpenTalent.Storage;

/// <summary>SQLite keeps timestamps as ISO 8601 text, PostgreSQL as timestamptz; both read back as UTC.</summary>
internal static class Timestamps
{
    public static DateTimeOffset Read(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unexpected timestamp value {value}."),
    };
}
