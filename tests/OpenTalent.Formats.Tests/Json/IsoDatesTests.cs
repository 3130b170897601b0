using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Tests.Json;

public class IsoDatesTests
{
    [Theory]
    [InlineData("2024-05-17", "2024-05-17")]
    [InlineData("2024-05-17T09:30:00", "2024-05-17")]
    [InlineData("2024-05-17T23:30:00-08:00", "2024-05-17")]
    [InlineData("2024-05-17T09:30:00.123Z", "2024-05-17")]
    [InlineData("2024-05-17 09:30", "2024-05-17")]
    public void Takes_the_date_part_of_a_date_or_date_time_as_written(string text, string expected)
    {
        IsoDates.TryParseDateOrDateTime(text, out var date).ShouldBeTrue();
        date.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2024-5-17")]
    [InlineData("17/05/2024")]
    [InlineData("2024-02-30")]
    [InlineData("2024-05-17Tnonsense")]
    [InlineData("2024-05")]
    [InlineData("")]
    public void Rejects_what_is_not_a_full_iso_date(string text) => IsoDates.TryParseDateOrDateTime(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("2021", 2021, 1, 1)]
    [InlineData("2021-05", 2021, 5, 1)]
    [InlineData("2021-05-17", 2021, 5, 17)]
    public void Reads_partial_dates_with_month_and_day_defaulting_to_the_first(string text, int year, int month, int day)
    {
        IsoDates.TryParsePartial(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("05/2021")]
    [InlineData("2021-13")]
    [InlineData("2021-00")]
    [InlineData("2021-02-29")]
    [InlineData("21")]
    [InlineData("2021/05")]
    [InlineData("0000")]
    [InlineData("Present")]
    [InlineData("2021-05-17T10:00:00")]
    public void Rejects_what_is_not_a_partial_iso_date(string text) => IsoDates.TryParsePartial(text, out _).ShouldBeFalse();
}
