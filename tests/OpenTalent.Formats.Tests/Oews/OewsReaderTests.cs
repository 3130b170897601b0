using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Oews;
using OpenTalent.Formats.Reading;
using OpenTalent.Testing;

namespace OpenTalent.Formats.Tests.Oews;

public class OewsReaderTests
{
    [Theory]
    [InlineData("national_M2024_dl.csv")]
    [InlineData("national_M2024_dl.xlsx")]
    public void Reads_every_level_with_special_values(string fileName)
    {
        using var folder = new TempDirectory();
        var result = Read(Write(folder, fileName));

        var release = result.Release;
        release.Source.ShouldBe(TaxonomySource.Oews);
        release.Release.ShouldBe("May 2024");
        release.Wages.Select(w => (w.SocCode, w.Level)).ShouldBe([
            ("00-0000", SocGroupLevel.Total),
            ("11-1010", SocGroupLevel.Broad),
            ("11-1011", SocGroupLevel.Detailed),
            ("25-2012", SocGroupLevel.Detailed),
            ("27-2011", SocGroupLevel.Detailed),
        ]);
        var total = release.Wages[0];
        (total.Year, total.Employment, total.SourceNote).ShouldBe((2024, 154_187_380L, "BLS OEWS May 2024, national"));
        total.Annual.Median.ShouldBe(new WageEstimate(49_500m));
        total.Hourly.P10.ShouldBe(new WageEstimate(14.42m));

        var chief = release.Wages[2];
        chief.Hourly.Mean.ShouldBe(new WageEstimate(126.41m));
        chief.Hourly.P75.ShouldBe(new WageEstimate(115.00m, isLowerBound: true));
        chief.Annual.P90.ShouldBe(new WageEstimate(239_200m, isLowerBound: true));

        var teachers = release.Wages[3];
        teachers.Employment.ShouldBeNull();
        teachers.Hourly.ShouldBe(WageDistribution.Unavailable);
        teachers.Annual.Median.ShouldBe(new WageEstimate(60_000m));

        var actors = release.Wages[4];
        actors.Employment.ShouldBeNull();
        actors.Hourly.P90.ShouldBeNull();
        actors.Annual.ShouldBe(WageDistribution.Unavailable);
        result.SkippedRows.ShouldBe(0);
    }

    [Fact]
    public void The_xlsx_and_csv_forms_of_the_same_rows_agree()
    {
        using var folder = new TempDirectory();

        var fromCsv = Read(Write(folder, "national_M2024_dl.csv")).Release.Wages;
        var fromXlsx = Read(Write(folder, "national_M2024_dl.xlsx")).Release.Wages;

        fromXlsx.Select(WageRow.Of).ShouldBe(fromCsv.Select(WageRow.Of));
    }

    [Fact]
    public void A_malformed_wage_in_a_csv_names_file_line_and_column()
    {
        using var folder = new TempDirectory();
        var rows = OewsFixture.Rows.Select(r => r.ToArray()).ToArray();
        rows[1][7] = "12x";

        var error = Should.Throw<SourceDataException>(() => Read(OewsFixture.WriteCsv(folder.File("national_M2024_dl.csv"), rows)));

        error.Message.ShouldBe("national_M2024_dl.csv, line 3: H_MEAN: '12x' is not a wage, '*', '#' or empty");
    }

    [Fact]
    public void A_malformed_cell_in_an_xlsx_names_sheet_and_cell()
    {
        using var folder = new TempDirectory();
        var rows = OewsFixture.Rows.Select(r => r.ToArray()).ToArray();
        rows[3][16] = "about 50k";

        var error = Should.Throw<SourceDataException>(() => Read(OewsFixture.WriteXlsx(folder.File("national_M2024_dl.xlsx"), rows: rows)));

        error.Message.ShouldBe("national_M2024_dl.xlsx, sheet 'All May 2024 data', cell Q5: A_MEDIAN: 'about 50k' is not a wage, '*', '#' or empty");
        (error.Sheet, error.Cell, error.Line).ShouldBe(("All May 2024 data", "Q5", 5));
    }

    [Fact]
    public void An_invalid_soc_code_or_level_is_an_error_at_its_cell()
    {
        using var folder = new TempDirectory();
        var badCode = OewsFixture.Rows.Select(r => r.ToArray()).ToArray();
        badCode[0][3] = "00-000";
        var badLevel = OewsFixture.Rows.Select(r => r.ToArray()).ToArray();
        badLevel[4][5] = "industry";

        Should.Throw<SourceDataException>(() => Read(OewsFixture.WriteXlsx(folder.File("a_M2024_dl.xlsx"), rows: badCode))).Message
            .ShouldBe("a_M2024_dl.xlsx, sheet 'All May 2024 data', cell D2: OCC_CODE: '00-000' is not a valid SOC code");
        Should.Throw<SourceDataException>(() => Read(OewsFixture.WriteCsv(folder.File("b_M2024_dl.csv"), badLevel))).Message
            .ShouldBe("b_M2024_dl.csv, line 6: O_GROUP: 'industry' is not one of total, major, minor, broad, detailed");
    }

    [Fact]
    public void A_missing_required_column_names_it()
    {
        using var folder = new TempDirectory();
        var header = OewsFixture.Header.Select(h => h == "A_MEDIAN" ? "A_MIDDLE" : h).ToArray();

        Should.Throw<SourceDataException>(() => Read(OewsFixture.WriteCsv(folder.File("national_M2024_dl.csv"), header: header))).Message
            .ShouldStartWith("national_M2024_dl.csv: the required column 'A_MEDIAN' is missing");
    }

    [Fact]
    public void The_year_comes_from_a_year_column_when_the_name_lacks_it_and_is_required()
    {
        using var folder = new TempDirectory();
        var header = OewsFixture.Header.Append("YEAR").ToArray();
        var rows = OewsFixture.Rows.Select(r => r.Append("2024").ToArray());

        Read(OewsFixture.WriteCsv(folder.File("wages.csv"), rows, header)).Release.Wages.ShouldAllBe(w => w.Year == 2024);
        OewsReader.Read(OewsFixture.WriteCsv(folder.File("other.csv")), year: 2024, cancellationToken: TestContext.Current.CancellationToken)
            .Release.Wages[0].Year.ShouldBe(2024);
        Should.Throw<SourceDataException>(() => Read(OewsFixture.WriteCsv(folder.File("plain.csv")))).Message
            .ShouldStartWith("plain.csv: cannot tell the survey year");
    }

    [Theory]
    [InlineData("national_M2024_dl.xlsx", 2024)]
    [InlineData("state_M2019_dl.csv", 2019)]
    [InlineData("national_m2023_dl", 2023)]
    [InlineData("national_M20245_dl.csv", null)]
    [InlineData("wages.csv", null)]
    public void Reads_the_year_from_the_name_bls_gives_its_files(string fileName, int? year) =>
        OewsReader.YearFromFileName(fileName).ShouldBe(year);

    [Fact]
    public void A_year_without_recorded_top_codes_uses_the_nearest_earlier_ceiling_and_says_so()
    {
        using var folder = new TempDirectory();

        var result = Read(OewsFixture.WriteCsv(folder.File("national_M2026_dl.csv")));

        result.Release.Wages[2].Annual.P90.ShouldBe(new WageEstimate(239_200m, isLowerBound: true));
        result.Warnings.ShouldContain(w => w.StartsWith("No top-code figures are recorded for 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_repeating_code_level_and_year_or_from_other_areas_are_skipped_and_counted()
    {
        using var folder = new TempDirectory();
        var state = OewsFixture.Rows[1].ToArray();
        state[1] = "2";
        var rows = OewsFixture.Rows.Append(OewsFixture.Rows[2]).Append(state);

        var result = Read(OewsFixture.WriteCsv(folder.File("national_M2024_dl.csv"), rows));

        result.Release.Wages.Count.ShouldBe(5);
        result.SkippedRows.ShouldBe(2);
        result.Warnings.ShouldContain(w => w.Contains("the same SOC code, level and year appear twice (e.g. national_M2024_dl.csv, line 7)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_a_folder_or_another_format_is_a_clear_error()
    {
        using var folder = new TempDirectory();

        Should.Throw<SourceDataException>(() => Read(folder.File("national_M2024_dl.xlsx"))).Message.ShouldContain("the file does not exist");
        Should.Throw<SourceDataException>(() => Read(folder.Path)).Message.ShouldContain("it is a folder");
        Should.Throw<SourceDataException>(() => Read(folder.Write("national_M2024_dl.txt", "x"))).Message.ShouldContain("expected the OEWS file as .xlsx");
        Should.Throw<SourceDataException>(() => Read(folder.Write("national_M2024_dl.xlsx", "not a zip"))).Message.ShouldContain("not a readable .xlsx workbook");
    }

    private static string Write(TempDirectory folder, string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? OewsFixture.WriteXlsx(folder.File(fileName))
            : OewsFixture.WriteCsv(folder.File(fileName));

    private static SourceReadResult Read(string path) => OewsReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);
}

/// <summary>An <see cref="OccupationWage"/> as a value, so two readings compare field by field.</summary>
internal sealed record WageRow(string SocCode, string Title, SocGroupLevel Level, int Year, long? Employment, WageDistribution Annual, WageDistribution Hourly, string? SourceNote)
{
    public static WageRow Of(OccupationWage w) => new(w.SocCode, w.Title, w.Level, w.Year, w.Employment, w.Annual, w.Hourly, w.SourceNote);
}
