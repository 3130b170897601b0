using OpenTalent.Formats.Csv;

namespace OpenTalent.Formats.Tests.Csv;

public class TabSeparatedReaderTests
{
    [Fact]
    public void Splits_on_tabs_only_and_takes_quotes_literally()
    {
        using var reader = Tsv("O*NET-SOC Code\tTitle\tDescription\n11-1011.00\tChief \"Executives\"\tPlan, direct, or coordinate\r\n");

        reader.Read().ShouldBeTrue();
        reader.GetString(reader.RequireColumn("o*net-soc code")).ShouldBe("11-1011.00");
        reader.GetString(1).ShouldBe("Chief \"Executives\"");
        reader.GetSpan(2).ToString().ShouldBe("Plan, direct, or coordinate");
        reader.Read().ShouldBeFalse();
    }

    [Fact]
    public void Keeps_empty_cells_and_skips_blank_lines()
    {
        using var reader = Tsv("a\tb\tc\n\t\t\n\nx\t\tz\n");

        reader.Read().ShouldBeTrue();
        reader.LineNumber.ShouldBe(2);
        reader.GetOptionalString(1).ShouldBeNull();
        reader.Read().ShouldBeTrue();
        reader.LineNumber.ShouldBe(4);
        reader.GetString(2).ShouldBe("z");
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_columns_is_an_error_naming_file_and_line()
    {
        using var reader = Tsv("a\tb\n1\t2\n1\t2\t3\n", "Job Zones.txt");
        reader.Read().ShouldBeTrue();

        Should.Throw<SourceDataException>(() => reader.Read()).Message
            .ShouldBe("Job Zones.txt, line 3: expected 2 fields as the header names, found 3");
    }

    private static TabSeparatedReader Tsv(string text, string name = "test.txt") => new(new StringReader(text), name, ownsText: true);
}
