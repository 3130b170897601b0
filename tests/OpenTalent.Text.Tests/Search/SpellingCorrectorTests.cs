using OpenTalent.Text.Search;

namespace OpenTalent.Text.Tests.Search;

public class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Corrector = new(["kubernetes", "python", "python", "pylon", "nurse", "nursing", "accountant", "developer", "javascript"]);

    [Theory]
    [InlineData("kubernets", "kubernetes")] // a letter left out
    [InlineData("pyhton", "python")] // neighbours swapped
    [InlineData("nurze", "nurse")] // one letter wrong
    [InlineData("accountnat", "accountant")]
    [InlineData("devloper", "developer")]
    [InlineData("javasrcipt", "javascript")]
    [InlineData("kubernetess", "kubernetes")] // a letter too many
    public void A_near_miss_is_corrected(string written, string expected) => Corrector.Suggest(written).ShouldBe(expected);

    [Theory]
    [InlineData("python")] // known
    [InlineData("pyt")] // too short to guess
    [InlineData("nuxxe")] // two edits in a short word
    [InlineData("k8s")] // digits: a code, not a typo
    [InlineData("welding")] // nothing close
    public void Known_short_or_distant_words_are_left_alone(string written) => Corrector.Suggest(written).ShouldBeNull();

    [Fact]
    public void Among_equally_close_words_the_most_frequent_wins() =>
        // One edit from both; "python" occurs twice in the vocabulary.
        new SpellingCorrector(["pythom", "python", "python"]).Suggest("pythox").ShouldBe("python");

    [Fact]
    public void Distance_counts_a_swap_as_one_edit_and_stops_past_the_limit()
    {
        SpellingCorrector.Distance("pyhton", "python", 2).ShouldBe(1);
        SpellingCorrector.Distance("kitten", "sitting", 2).ShouldBe(3);
        SpellingCorrector.Distance("abc", "abc", 2).ShouldBe(0);
    }
}
