using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using static OpenTalent.Core.Tests.Matching.WageMoves.WageMarket;

namespace OpenTalent.Core.Tests.Matching.WageMoves;

public class SkillBundleTests
{
    private static readonly WageMoveOptions Loose = new(MinRaise: 0.10, MinMatch: 0.3, MaxBundleSize: 2);

    [Fact]
    public void Bundles_count_unlocked_postings_exactly_and_rank_by_postings_per_skill()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var bundles = advisor.Advise(Person(Usd(100_000)), Loose, Today).SkillBundles;

        // Kubernetes + Terraform closes the gaps of p4 (+30%), p5 (+40%), p6 (+25%), p7 (+60%) and p12 (+70%):
        // 5 postings, 2.5 per skill, median +40%. Kubernetes alone: p4 and p5, median +35%. Terraform alone: p7.
        // p10 misses three skills and no bundle of two reaches it.
        bundles.Select(b => string.Join('+', b.SkillIds)).ShouldBe(["k8s+terraform", "k8s", "terraform"]);
        bundles.Select(b => b.UnlockedPostings).ShouldBe([5, 2, 1]);
        bundles[0].Labels.ShouldBe(["Kubernetes", "Terraform"]);
        bundles[0].UnlockedPerSkill.ShouldBe(2.5);
        bundles[0].MedianRaise.ShouldBe(0.40, 1e-9);
        bundles[1].MedianRaise.ShouldBe(0.35, 1e-9);
        bundles[2].MedianRaise.ShouldBe(0.60, 1e-9);
        bundles[0].ExamplePostings.Count.ShouldBe(3);
        bundles[0].ExamplePostings.ShouldBeSubsetOf(["p4", "p5", "p6", "p7", "p12"]);
        bundles[1].ExamplePostings.Order().ShouldBe(["p4", "p5"]);
    }

    [Fact]
    public void Bundles_are_no_bigger_than_asked()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var bundles = advisor.Advise(Person(Usd(100_000)), Loose with { MaxBundleSize = 1 }, Today).SkillBundles;

        bundles.Select(b => (string.Join('+', b.SkillIds), b.UnlockedPostings)).ShouldBe([("k8s", 2), ("terraform", 1)]);
    }

    [Fact]
    public void A_bundle_is_reported_only_when_every_skill_in_it_unlocks_something_more()
    {
        var (index, advisor) = Advisor(
        [
            Posting("r1", 150_000, "USD", Required("python"), Required("k8s")),
            Posting("r2", 150_000, "USD", Required("k8s")),
            Posting("r3", 150_000, "USD", Required("terraform"), Required("ansible")),
        ]);
        using var _ = index;

        var bundles = advisor.Advise(Person(Usd(100_000)), Loose, Today).SkillBundles;

        // Kubernetes + Terraform unlocks what Kubernetes alone does; Terraform or Ansible alone unlocks nothing.
        bundles.Select(b => (string.Join('+', b.SkillIds), b.UnlockedPostings)).ShouldBe([("k8s", 2), ("ansible+terraform", 1)]);
    }

    [Fact]
    public void A_preferred_skill_in_the_bundle_counts_when_it_lifts_the_score_over_the_floor()
    {
        var model = Model();
        PostingSkill[] wanted = [Required("k8s"), Preferred("terraform"), Preferred("helm"), Preferred("istio")];
        var lifted = Posting("s1", 150_000, "USD", wanted);
        var person = Person(Usd(100_000));
        var withK8s = Learn(person, "k8s");
        var withBoth = Learn(withK8s, "terraform");
        var floor = (model.ScoreJob(lifted, withK8s, Today).Score + model.ScoreJob(lifted, withBoth, Today).Score) / 2;
        var (index, advisor) = Advisor([lifted, Posting("s2", 150_000, "USD", Required("python"), Required("terraform"))], model);
        using var _ = index;

        var bundles = advisor.Advise(person, Loose with { MinMatch = floor }, Today).SkillBundles;

        // Kubernetes alone meets s1's requirement but leaves its score under the floor; with Terraform it is over.
        bundles.Select(b => (string.Join('+', b.SkillIds), b.UnlockedPostings)).ShouldBe([("terraform", 1), ("k8s+terraform", 2)]);
    }

    [Theory]
    [InlineData(0.0, 2)]
    [InlineData(0.3, 2)]
    [InlineData(0.6, 2)]
    [InlineData(0.75, 3)]
    [InlineData(0.3, 1)]
    public void Every_reported_bundle_agrees_with_a_brute_force_count(double minMatch, int maxBundleSize)
    {
        var model = Model(similarity: new SkillSimilarity(new Dictionary<string, IReadOnlyList<RelatedSkill>>
        {
            ["k8s"] = [new RelatedSkill("docker", 0.8)],
            ["terraform"] = [new RelatedSkill("ansible", 0.5)],
        }));
        var postings = Postings().Concat(
        [
            Posting("x1", 150_000, "USD", Required("k8s"), Preferred("terraform"), Preferred("docker")),
            Posting("x2", 135_000, "USD", Required("ansible"), Preferred("k8s")),
            Posting("x3", 180_000, "USD", Required("docker"), Required("terraform"), Required("k8s")),
        ]).ToArray();
        var (index, advisor) = Advisor(postings, model);
        using var _ = index;
        var person = Person(Usd(100_000));
        var options = Loose with { MinMatch = minMatch, MaxBundleSize = maxBundleSize, MaxBundles = 100 };

        var bundles = advisor.Advise(person, options, Today).SkillBundles;

        bundles.ShouldNotBeEmpty();
        foreach (var bundle in bundles)
        {
            bundle.SkillIds.Count.ShouldBeLessThanOrEqualTo(maxBundleSize);
            var unlocked = postings
                .Where(p => p.IsOpenOn(Today) && p.Salary is { Currency: "USD", Max: >= 110_000 })
                .Where(p => p.Skills.Any(s => s.Required && !person.Skills.Any(h => h.SkillId == s.SkillId)) && Qualified(model, p, Learn(person, [.. bundle.SkillIds]), minMatch))
                .ToArray();
            bundle.UnlockedPostings.ShouldBe(unlocked.Length, string.Join('+', bundle.SkillIds));
            var raises = unlocked.Select(p => (double)(p.Salary!.Max / 100_000m) - 1).Order().ToArray();
            var median = raises.Length % 2 == 1 ? raises[raises.Length / 2] : (raises[(raises.Length / 2) - 1] + raises[raises.Length / 2]) / 2;
            bundle.MedianRaise.ShouldBe(median, 1e-9);
        }
    }

    private static bool Qualified(RelevanceModel model, JobPosting posting, CandidateProfile person, double minMatch) =>
        posting.Skills.Where(s => s.Required).All(s => person.Skills.Any(h => h.SkillId == s.SkillId))
        && model.ScoreJob(posting, person, Today).Score >= minMatch;

    private static CandidateProfile Learn(CandidateProfile person, params string[] skills) => new(
        person.Identifier, person.DisplayName, person.Headline,
        person.Skills.Concat(skills.Select(s => new ProfileSkill(s, s, 1, SkillEvidence.Listed, Today))),
        person.Occupations, person.Seniority, person.Location, person.RemotePreference, person.ExpectedSalary,
        person.CurrentSalary, person.YearsOfExperience, person.Updated);
}
