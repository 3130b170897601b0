using OpenTalent.Core.Understanding;
using OpenTalent.Text.JobAds;

namespace OpenTalent.Text.Tests.JobAds;

public class OddInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\0\0\0")]
    [InlineData("$")]
    [InlineData("$$$ 999999999999999999999999999999999999 k k k")]
    [InlineData("Location:")]
    [InlineData("Remote (")]
    [InlineData("\uD800 unpaired surrogate \uDC00")]
    [InlineData("Salary: $-5")]
    [InlineData("BS/MS/PhD/")]
    public void Odd_inputs_give_facts_without_throwing(string? text) => JobAdParser.Parse(text).ShouldNotBeNull();

    private const string Alphabet = "$€£k0123456789.,- /()ReotyaBSMPhD+\n";

    [Fact]
    public void Random_binary_never_throws()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 600)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = round % 2 == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(0, Alphabet.Length)];
            }

            JobAdParser.Parse(new string(chars)).ShouldNotBeNull();
        }
    }

    [Fact]
    public void A_50_MB_string_is_read_only_at_its_start()
    {
        var huge = "Salary: $100k - $120k per year. Fully remote. " + new string('x', 50 * 1024 * 1024);
        var facts = JobAdParser.Parse(huge);
        facts.Salary!.Max.ShouldBe(120000m);
        facts.Arrangement.ShouldBe(WorkArrangement.Remote);
    }

    // Long runs of one kind of character are where a careless pattern backtracks; these must still parse.
    // Speed is measured in benchmarks, never asserted on the clock here.
    [Theory]
    [InlineData("7")]
    [InlineData("A")]
    [InlineData("a")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("$1 - ")]
    [InlineData("1,000")]
    [InlineData("5 years ")]
    [InlineData("Remote, ")]
    [InlineData("Aa Bb, ")]
    [InlineData("BS/")]
    [InlineData("Location: ")]
    [InlineData("contract ")]
    public void Long_runs_of_one_pattern_parse_to_nothing_odd(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, JobAdParser.MaxScanLength / unit.Length + 1));
        var facts = JobAdParser.Parse(text);
        facts.ShouldNotBeNull();
        facts.Salary?.Min.ShouldBeGreaterThanOrEqualTo(0m);
    }

    [Fact]
    public void Parsing_is_safe_from_many_threads()
    {
        const string ad = "Senior Engineer - Berlin, Germany\nSalary: €70,000 - €85,000 per year. Hybrid. 5+ years of experience. Bachelor's degree in CS.";
        var expected = JobAdParser.Parse(ad);
        Parallel.For(0, 2_000, _ => JobAdParser.Parse(ad).ShouldBe(expected));
    }
}
