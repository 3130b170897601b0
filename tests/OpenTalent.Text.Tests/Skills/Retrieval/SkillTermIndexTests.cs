using OpenTalent.Text.Skills.Retrieval;

namespace OpenTalent.Text.Tests.Skills.Retrieval;

public sealed class SkillTermIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void Posting_heads_plus_what_lies_beyond_them_is_the_exact_score(int head)
    {
        // Term 0 is in every document with different weights, so its postings run longer than a short head.
        var documents = new List<Dictionary<int, float>>
        {
            new() { [0] = 1, [1] = 2 },
            new() { [0] = 3, [2] = 1 },
            new() { [0] = 2, [1] = 1, [2] = 4 },
            new() { [0] = 1, [3] = 1 },
        };
        var index = SkillTermIndex.Build(documents, 4);
        int[] query = [0, 1, 2];

        for (var skill = 0; skill < documents.Count; skill++)
        {
            var fromHeads = 0f;
            foreach (var term in query)
            {
                var skills = index.PostingSkills(term);
                var impacts = index.PostingImpacts(term);
                for (var i = 0; i < Math.Min(head, skills.Length); i++)
                {
                    fromHeads += skills[i] == skill ? impacts[i] : 0;
                }
            }

            (fromHeads + index.BeyondHeads(skill, query, head)).ShouldBe(index.Score(skill, query), 1e-5f);
        }
    }
}
