using OpenTalent.Core.Understanding;
using OpenTalent.Text.JobAds;

namespace OpenTalent.Text.Tests.JobAds;

/// <summary>Accuracy per field on the hand-made sample ads, written to the test output.</summary>
public class JobAdAccuracyTests(ITestOutputHelper output)
{
    private const double Floor = 0.8;

    [Fact]
    public void Every_field_is_mostly_right_on_the_sample_ads() => Measure(JobAdSamples.All, "tuning set");

    [Fact]
    public void Every_field_is_mostly_right_on_the_held_out_ads() => Measure(JobAdHeldOutSamples.All, "held-out set");

    private void Measure(IReadOnlyList<ExpectedFacts> samples, string name)
    {
        var fields = new[] { "salary", "location", "arrangement", "employment", "seniority", "education", "years" };
        var correct = new int[fields.Length];
        foreach (var sample in samples)
        {
            var facts = JobAdParser.Parse(sample.Text);
            var right = new[]
            {
                SalaryMatches(facts.Salary, sample.Salary),
                LocationMatches(facts.Location, sample.Location),
                facts.Arrangement == sample.Arrangement,
                facts.EmploymentType == sample.EmploymentType,
                facts.Seniority == sample.Seniority,
                facts.Education is null ? sample.Education is null : sample.Education is { } e && e.Level == facts.Education.Level && e.Required == facts.Education.Required,
                facts.MinYearsExperience == sample.Years,
            };

            for (var i = 0; i < fields.Length; i++)
            {
                if (right[i])
                {
                    correct[i]++;
                }
                else
                {
                    output.WriteLine($"MISS {fields[i]}: {sample.Text.Split('\n')[0]} → {Describe(facts, i)}");
                }
            }
        }

        for (var i = 0; i < fields.Length; i++)
        {
            output.WriteLine($"{name}: {fields[i],-12} {correct[i]}/{samples.Count} = {(double)correct[i] / samples.Count:P0}");
        }

        for (var i = 0; i < fields.Length; i++)
        {
            ((double)correct[i] / samples.Count).ShouldBeGreaterThanOrEqualTo(Floor, fields[i]);
        }
    }

    [Fact]
    public void There_are_fifty_samples() => (JobAdSamples.All.Count + JobAdHeldOutSamples.All.Count).ShouldBe(50);

    private static bool SalaryMatches(SalaryRange? actual, (decimal Min, decimal Max, string Currency, PayPeriod Period)? expected) =>
        actual is null ? expected is null : expected is { } e && (actual.Min, actual.Max, actual.Currency, actual.Period) == (e.Min, e.Max, e.Currency, e.Period);

    private static bool LocationMatches(JobLocation? actual, (string? City, string? Country)? expected) =>
        actual is null ? expected is null or (null, null) : expected is { } e && actual.City == e.City && actual.Country == e.Country;

    private static string Describe(JobAdFacts facts, int field) => field switch
    {
        0 => facts.Salary is { } s ? $"{s.Min}-{s.Max} {s.Currency} {s.Period}" : "none",
        1 => facts.Location is { } l ? $"{l.City}|{l.Region}|{l.Country}" : "none",
        2 => facts.Arrangement.ToString(),
        3 => facts.EmploymentType.ToString(),
        4 => facts.Seniority.ToString(),
        5 => facts.Education is { } e ? $"{e.Level} required={e.Required}" : "none",
        _ => facts.MinYearsExperience?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
    };
}
