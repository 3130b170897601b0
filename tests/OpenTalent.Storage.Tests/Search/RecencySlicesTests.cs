using OpenTalent.Storage.Search;

namespace OpenTalent.Storage.Tests.Search;

public class RecencySlicesTests
{
    private const int NewestDay = 740_000;

    // 60 days of 3,000 postings a day.
    private static RecencySlices Sixty(long minimumId = 0) =>
        RecencySlices.Plan(SearchDocument.FirstId(NewestDay) + 5, SearchDocument.FirstId(NewestDay - 59), 180_000, minimumId);

    [Fact]
    public void Slices_cover_two_days_then_ten_then_the_query_bound()
    {
        Sixty().Bounds.ShouldBe([SearchDocument.FirstId(NewestDay - 2), SearchDocument.FirstId(NewestDay - 10), 0]);
    }

    [Fact]
    public void A_posted_within_bound_newer_than_a_slice_replaces_it_and_an_empty_table_reads_once()
    {
        var lastWeek = SearchDocument.FirstId(NewestDay - 7);
        Sixty(lastWeek).Bounds.ShouldBe([SearchDocument.FirstId(NewestDay - 2), lastWeek]);
        RecencySlices.Plan(null, null, 0, 0).Bounds.ShouldBe([0L]);
        RecencySlices.Plan(SearchDocument.FirstId(NewestDay), SearchDocument.FirstId(NewestDay), 10, 0).Bounds.ShouldBe([0L]);
    }

    [Theory]
    // Dense: 900 of 1,001 in the newest three days; 101 more lie about a third of a day back.
    [InlineData(900, 101, true)]
    // Sparse: 130 in three days; walking would check about 60,000 rows for 871 more.
    [InlineData(130, 871, false)]
    // Nothing yet: nothing says how far back the matches lie.
    [InlineData(0, 1001, false)]
    public void Older_slices_are_walked_backwards_only_when_the_newer_ones_were_dense(int found, int needed, bool walk)
    {
        Sixty().WalkBackwards(1, found, needed).ShouldBe(walk);
    }

    [Fact]
    public void Without_a_row_estimate_older_slices_are_read_through_the_text_index()
    {
        RecencySlices.Plan(SearchDocument.FirstId(NewestDay), SearchDocument.FirstId(NewestDay - 59), -1, 0).WalkBackwards(1, 900, 101).ShouldBeFalse();
    }
}
