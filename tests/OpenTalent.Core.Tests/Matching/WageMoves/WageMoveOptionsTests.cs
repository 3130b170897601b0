using OpenTalent.Core.Matching.WageMoves;

namespace OpenTalent.Core.Tests.Matching.WageMoves;

public class WageMoveOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = WageMoveOptions.Default;

        (options.MinRaise, options.MinMatch, options.MaxBundleSize, options.CandidatePostings).ShouldBe((0.10, 0.45, 2, 2000));
    }

    [Theory]
    [InlineData(-0.1, 0.45, 2, "MinRaise")]
    [InlineData(double.NaN, 0.45, 2, "MinRaise")]
    [InlineData(0.1, 1.5, 2, "MinMatch")]
    [InlineData(0.1, 0.45, 0, "MaxBundleSize")]
    [InlineData(0.1, 0.45, 4, "MaxBundleSize")]
    public void Out_of_range_values_are_rejected_by_name(double minRaise, double minMatch, int maxBundleSize, string name) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new WageMoveOptions(minRaise, minMatch, maxBundleSize)).ParamName.ShouldBe(name);

    [Fact]
    public void A_copy_is_checked_too()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => WageMoveOptions.Default with { CandidatePostings = 0 }).ParamName.ShouldBe("CandidatePostings");
        Should.Throw<ArgumentOutOfRangeException>(() => WageMoveOptions.Default with { MaxPostings = -1 }).ParamName.ShouldBe("MaxPostings");
    }
}
