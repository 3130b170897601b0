using OpenTalent.Core.Privacy;
using static OpenTalent.Core.Privacy.RaceEthnicityCategory;
using static OpenTalent.Core.Privacy.SexCategory;

namespace OpenTalent.Core.Tests.Privacy;

public class BiasAuditTests
{
    [Fact]
    public void Scoring_and_selection_rates_and_impact_ratios_match_a_hand_worked_example()
    {
        // Scores 1..8, median 4.5: women score 8, 7, 6, 1 (3 of 4 above); men score 5, 4, 3, 2 (1 of 4 above).
        // Selected: women 2 of 4, men 1 of 4.
        AuditedCandidate[] candidates =
        [
            new(Female, White, 8, true), new(Female, Asian, 7, true), new(Female, White, 6, false), new(Female, Asian, 1, false),
            new(Male, White, 5, true), new(Male, Asian, 4, false), new(Male, White, 3, false), new(Male, Asian, 2, false),
        ];

        var report = BiasAudit.Compute(candidates);

        report.MedianScore.ShouldBe(4.5);
        report.Applicants.ShouldBe(8);
        var women = report.Rows.Single(r => r.Dimension == "sex" && r.Category == "Female");
        var men = report.Rows.Single(r => r.Dimension == "sex" && r.Category == "Male");
        women.ScoringRate.ShouldBe(0.75);
        men.ScoringRate.ShouldBe(0.25);
        women.ScoringImpactRatio.ShouldBe(1.0);
        men.ScoringImpactRatio!.Value.ShouldBe(1.0 / 3, 1e-12);
        women.SelectionRate.ShouldBe(0.5);
        men.SelectionImpactRatio.ShouldBe(0.5);
        var white = report.Rows.Single(r => r.Dimension == "race/ethnicity" && r.Category == "White");
        white.Applicants.ShouldBe(4);
        white.ScoredAboveMedian.ShouldBe(3); // 8, 6, 5
        report.Rows.Single(r => r.Category == "Female / Asian").ScoredAboveMedian.ShouldBe(1);
        report.Rows.Count(r => r.Dimension == "intersectional").ShouldBe(4);
    }

    [Fact]
    public void Unknown_categories_are_counted_apart_and_small_categories_are_shown_but_left_out_of_the_ratios()
    {
        var candidates = new List<AuditedCandidate>();
        for (var i = 0; i < 60; i++)
        {
            candidates.Add(new(i % 2 == 0 ? Female : Male, White, i, i % 3 == 0));
        }

        candidates.Add(new(Male, NativeHawaiianOrPacificIslander, 1000, true)); // 1 of 61 known: under 2%
        candidates.Add(new(null, null, 5, false));

        var report = BiasAudit.Compute(candidates);

        report.UnknownSex.ShouldBe(1);
        report.UnknownRaceEthnicity.ShouldBe(1);
        var small = report.Rows.Single(r => r.Dimension == "race/ethnicity" && r.Category == nameof(NativeHawaiianOrPacificIslander));
        small.ExcludedAsSmall.ShouldBeTrue();
        small.ScoringImpactRatio.ShouldBeNull();
        small.ScoringRate.ShouldBe(1.0);
        // The small category's perfect rate does not become everyone else's benchmark.
        report.Rows.Single(r => r.Dimension == "race/ethnicity" && r.Category == "White").ScoringImpactRatio.ShouldBe(1.0);
        report.Rows.Where(r => r.Dimension == "sex").Sum(r => r.Applicants).ShouldBe(61);
    }

    [Fact]
    public void No_one_above_the_median_or_no_one_selected_gives_no_ratio_rather_than_a_division_by_zero()
    {
        AuditedCandidate[] candidates = [new(Female, White, 1, false), new(Male, White, 1, false)];

        var report = BiasAudit.Compute(candidates);

        report.Rows.ShouldAllBe(r => r.ScoringImpactRatio == null && r.SelectionImpactRatio == null);
        BiasAudit.Compute([]).Rows.ShouldBeEmpty();
    }
}
