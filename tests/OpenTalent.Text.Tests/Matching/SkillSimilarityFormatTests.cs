using OpenTalent.Core.Matching;
using OpenTalent.Text.Matching;

namespace OpenTalent.Text.Tests.Matching;

public class SkillSimilarityFormatTests
{
    private static SkillSimilarity Sample() => new(new Dictionary<string, IReadOnlyList<RelatedSkill>>
    {
        ["starter:kubernetes"] = [new RelatedSkill("starter:docker", 0.8), new RelatedSkill("starter:terraform", 0.5)],
        ["starter:docker"] = [new RelatedSkill("starter:kubernetes", 0.8)],
        ["starter:excel"] = [],
    });

    [Fact]
    public void A_similarity_reads_back_equal()
    {
        var read = SkillSimilarityFormat.Deserialize(SkillSimilarityFormat.Serialize(Sample()));

        read.Count.ShouldBe(3);
        read.Related("starter:kubernetes").ShouldBe([new RelatedSkill("starter:docker", 0.8), new RelatedSkill("starter:terraform", 0.5)]);
        read.Related("starter:docker").ShouldBe([new RelatedSkill("starter:kubernetes", 0.8)]);
        read.Related("starter:excel").ShouldBeEmpty();
    }

    [Fact]
    public void A_truncated_payload_is_refused_not_half_read()
    {
        var bytes = SkillSimilarityFormat.Serialize(Sample());

        Should.Throw<InvalidDataException>(() => SkillSimilarityFormat.Deserialize(bytes[..(bytes.Length - 3)]));
        Should.Throw<InvalidDataException>(() => SkillSimilarityFormat.Deserialize([9, 0, 0, 0]));
    }

    [Fact]
    public void The_fingerprint_changes_with_the_taxonomy_and_with_any_posting_skill_set()
    {
        IReadOnlyList<string>[] postings = [["a", "b"], ["c"]];
        var fingerprint = SkillSimilarityFormat.Fingerprint("o1-s2", postings);

        SkillSimilarityFormat.Fingerprint("o1-s2", [["a", "b"], ["c"]]).ShouldBe(fingerprint);
        SkillSimilarityFormat.Fingerprint("o1-s3", postings).ShouldNotBe(fingerprint);
        SkillSimilarityFormat.Fingerprint("o1-s2", [["a", "b"], ["d"]]).ShouldNotBe(fingerprint);
        SkillSimilarityFormat.Fingerprint("o1-s2", [["a"], ["b", "c"]]).ShouldNotBe(fingerprint);
        SkillSimilarityFormat.Fingerprint("o1-s2", [["a", "b"]]).ShouldNotBe(fingerprint);
    }
}
