using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Tests.Oews;

namespace OpenTalent.Formats.Tests.RealData;

/// <summary>BLS OEWS May 2024, national, as BLS publishes it (.xlsx) and converted to .csv.</summary>
public class OewsReferenceDataTests
{
    [Fact]
    public void Reads_every_row_of_the_national_file()
    {
        var result = ReferenceData.OewsFromXlsx();

        result.Release.Release.ShouldBe("May 2024");
        var wages = result.Release.Wages;
        wages.Count.ShouldBe(1_403);
        wages.Count(w => w.Level == SocGroupLevel.Detailed).ShouldBe(831);
        wages.Single(w => w.Level == SocGroupLevel.Total).SocCode.ShouldBe("00-0000");
        wages.ShouldAllBe(w => w.Year == 2024 && w.SourceNote == "BLS OEWS May 2024, national");
        wages.ShouldContain(w => w.Annual.P90 == new WageEstimate(239_200m, true));
    }

    [Fact]
    public void The_xlsx_and_the_csv_agree_on_every_row()
    {
        var fromXlsx = ReferenceData.OewsFromXlsx().Release.Wages.Select(WageRow.Of).ToList();
        var fromCsv = ReferenceData.OewsFromCsv().Release.Wages.Select(WageRow.Of).ToList();

        fromXlsx.Count.ShouldBe(fromCsv.Count);
        for (var i = 0; i < fromCsv.Count; i++)
        {
            fromXlsx[i].ShouldBe(fromCsv[i], $"row {i + 2}");
        }
    }

    [Fact]
    public void Most_onet_occupations_find_a_detailed_median_wage_through_their_soc_code()
    {
        var medians = ReferenceData.OewsFromXlsx().Release.Wages
            .Where(w => w.Level == SocGroupLevel.Detailed && w.Annual.Median is not null)
            .Select(w => w.SocCode)
            .ToHashSet(StringComparer.Ordinal);

        var joined = ReferenceData.Onet().Release.Occupations.Count(o => medians.Contains(o.Key[..7]));

        joined.ShouldBeGreaterThanOrEqualTo(800);
    }
}
