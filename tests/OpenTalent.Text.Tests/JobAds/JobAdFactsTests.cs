using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Tests.JobAds;

public class JobAdFactsTests
{
    private static readonly TextSpan Span = new(0, 5);

    [Fact]
    public void A_salary_range_keeps_its_figures()
    {
        var salary = new SalaryRange(100, 200, "USD", PayPeriod.Year, Span);
        (salary.Min, salary.Max, salary.Currency, salary.Bound, salary.PeriodInferred).ShouldBe((100m, 200m, "USD", SalaryBound.Range, false));
    }

    [Fact]
    public void Min_equal_to_max_and_zero_are_allowed() =>
        new SalaryRange(0, 0, "EUR", PayPeriod.Hour, Span, bound: SalaryBound.Exact).AnnualMax.ShouldBe(0m);

    [Theory]
    [InlineData(-1, 10, "USD")]
    [InlineData(20, 10, "USD")]
    [InlineData(10, 20, "usd")]
    [InlineData(10, 20, "US")]
    [InlineData(10, 20, "USDX")]
    [InlineData(10, 20, "U$D")]
    [InlineData(10, 20, "")]
    public void Impossible_salaries_are_rejected(int min, int max, string currency) =>
        Should.Throw<ArgumentException>(() => new SalaryRange(min, max, currency, PayPeriod.Year, Span));

    [Fact]
    public void A_one_sided_salary_has_one_figure() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new SalaryRange(10, 20, "USD", PayPeriod.Year, Span, bound: SalaryBound.UpTo));

    [Fact]
    public void A_null_currency_is_rejected() =>
        Should.Throw<ArgumentException>(() => new SalaryRange(10, 20, null!, PayPeriod.Year, Span));

    [Fact]
    public void Undefined_periods_and_backwards_spans_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new SalaryRange(1, 2, "USD", (PayPeriod)99, Span));
        Should.Throw<ArgumentOutOfRangeException>(() => new SalaryRange(1, 2, "USD", PayPeriod.Year, new TextSpan(5, 2)));
        Should.Throw<ArgumentOutOfRangeException>(() => new SalaryRange(1, 2, "USD", PayPeriod.Year, new TextSpan(-1, 2)));
    }

    [Theory]
    [InlineData(PayPeriod.Hour, 2080)]
    [InlineData(PayPeriod.Day, 260)]
    [InlineData(PayPeriod.Week, 52)]
    [InlineData(PayPeriod.Month, 12)]
    [InlineData(PayPeriod.Year, 1)]
    public void Annual_figures_follow_the_documented_conventions(PayPeriod period, int perYear)
    {
        var salary = new SalaryRange(10, 20, "GBP", period, Span);
        (salary.AnnualMin, salary.AnnualMax).ShouldBe((10m * perYear, 20m * perYear));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("DEU")]
    [InlineData("D")]
    [InlineData("1A")]
    public void Locations_need_an_alpha_2_country(string country) =>
        Should.Throw<ArgumentException>(() => new JobLocation("Berlin", null, country, "Berlin", Span));

    [Fact]
    public void Locations_need_text_and_may_lack_everything_else()
    {
        Should.Throw<ArgumentException>(() => new JobLocation(null, null, null, " ", Span));
        Should.Throw<ArgumentException>(() => new JobLocation(" ", null, "DE", "Berlin", Span));
        new JobLocation(null, "EMEA", null, "Remote - EMEA", Span).Region.ShouldBe("EMEA");
    }

    [Fact]
    public void Education_rejects_unknown_levels_and_blank_fields()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new EducationRequirement((EducationLevel)42, true, null, Span));
        Should.Throw<ArgumentException>(() => new EducationRequirement(EducationLevel.Master, true, "  ", Span));
        ((int)EducationLevel.Doctorate).ShouldBeGreaterThan((int)EducationLevel.Bachelor);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(60.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Years_of_experience_must_be_plausible(double years) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new JobAdFacts(null, null, WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Unspecified, null, years));

    [Fact]
    public void Facts_reject_undefined_enums_and_accept_boundaries()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new JobAdFacts(null, null, (WorkArrangement)9, EmploymentType.Unspecified, Seniority.Unspecified, null, null));
        Should.Throw<ArgumentOutOfRangeException>(() => new JobAdFacts(null, null, WorkArrangement.Remote, (EmploymentType)99, Seniority.Unspecified, null, null));
        new JobAdFacts(null, null, WorkArrangement.Remote, EmploymentType.FullTime, Seniority.Senior, null, 0).MinYearsExperience.ShouldBe(0);
        new JobAdFacts(null, null, WorkArrangement.Remote, EmploymentType.FullTime, Seniority.Senior, null, 60).MinYearsExperience.ShouldBe(60);
    }
}
