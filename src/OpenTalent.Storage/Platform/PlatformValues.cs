using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenTalent.Storage.Hiring;

/// <summary>How platform values are written and read on both engines: ids as text, enums by name, times in UTC.</summary>
internal static class PlatformValues
{
    public static string Id(Guid id) => id.ToString("D");

    public static Guid Id(string text) => Guid.Parse(text);

    public static Guid? OptionalId(string? text) => text is null ? null : Guid.Parse(text);

    public static object Time(DatabaseProvider provider, DateTimeOffset value) => Timestamps.Write(provider, value.ToUniversalTime());

    public static object? Time(DatabaseProvider provider, DateTimeOffset? value) => value is { } v ? Time(provider, v) : null;

    public static DateTimeOffset Time(object value) => Timestamps.Read(value);

    public static DateTimeOffset? OptionalTime(object? value) => value is null or DBNull ? null : Timestamps.Read(value);

    public static bool Flag(object value) => value switch
    {
        bool flag => flag,
        long number => number != 0,
        int number => number != 0,
        _ => throw new InvalidOperationException($"Unexpected flag value {value}."),
    };

    public static T Enum<T>(string name)
        where T : struct, System.Enum => System.Enum.Parse<T>(name);

    /// <summary>A unique or primary key constraint failed, on either engine.</summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
