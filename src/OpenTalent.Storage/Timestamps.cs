namespace OpenTalent.Storage;

/// <summary>SQLite keeps timestamps as ISO 8601 text, PostgreSQL as timestamptz; both read back as UTC.</summary>
internal static class Timestamps
{
    public static object Write(DatabaseProvider provider, DateTimeOffset value) =>
        provider == DatabaseProvider.Postgres ? value : value.ToString("O");

    /// <summary>A calendar date: PostgreSQL's date type, SQLite's ISO 8601 text.</summary>
    public static object? Write(DatabaseProvider provider, DateOnly? value) => value switch
    {
        null => null,
        { } date when provider == DatabaseProvider.Postgres => date,
        { } date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static DateTimeOffset Read(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unexpected timestamp value {value}."),
    };
}
