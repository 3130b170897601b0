using System.Globalization;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>Turns a scored pair into the "how you match" a person reads: skill lists, pay verdict, factors, one sentence.</summary>
internal static class MatchExplainer
{
    public static MatchExplanation Explain(
        RelevanceModel model,
        JobPosting posting,
        CandidateProfile profile,
        IReadOnlyList<SkillOutcome> outcomes,
        double skills,
        PairFactors others,
        MatchDirection direction)
    {
        var requiredMatched = new List<string>();
        var preferredMatched = new List<string>();
        var related = new List<RelatedSkillMatch>();
        var requiredMissing = new List<string>();
        var preferredMissing = new List<string>();
        foreach (var outcome in outcomes)
        {
            var label = outcome.Wanted.Label;
            switch (outcome.Kind)
            {
                case SkillMatchKind.Held:
                    (outcome.Wanted.Required ? requiredMatched : preferredMatched).Add(label);
                    break;
                case SkillMatchKind.Related:
                    related.Add(new RelatedSkillMatch(label, outcome.Via!.Label, outcome.Similarity, outcome.Wanted.Required));
                    break;
                default:
                    (outcome.Wanted.Required ? requiredMissing : preferredMissing).Add(label);
                    break;
            }
        }

        var salary = new SalaryComparison(Verdict(others.SalaryRatio, posting.Salary, profile.TargetSalary), posting.Salary, profile.TargetSalary, others.SalaryRatio);
        var you = direction == MatchDirection.JobsForSeeker;
        var weights = model.Weights;
        var requiredCount = requiredMatched.Count + requiredMissing.Count + related.Count(r => r.Required);
        var preferredCount = outcomes.Count - requiredCount;
        FactorScore[] factors =
        [
            new(MatchFactor.Skills, skills, weights.Skills, SkillsReason(requiredMatched.Count, requiredCount, preferredMatched.Count, preferredCount, related.Count)),
            new(MatchFactor.Occupation, others.Occupation, weights.Occupation, OccupationReason(posting, profile, others)),
            new(MatchFactor.Seniority, others.Seniority, weights.Seniority, SeniorityReason(posting.Seniority, profile.Seniority, you)),
            new(MatchFactor.Location, others.Location, weights.Location, LocationReason(posting, profile, others)),
            new(MatchFactor.Salary, others.Salary, weights.Salary, SalaryReason(salary, you)),
            new(MatchFactor.Recency, others.Recency, weights.Recency, RecencyReason(others.AgeDays, you)),
        ];

        // Stable sort keeps the factor order for equal contributions.
        var ordered = factors.OrderByDescending(f => f.Contribution).ToArray();
        var summary = Summary(requiredMatched.Count, requiredCount, preferredMatched.Count, outcomes.Count, related.Count, salary, you);
        return new MatchExplanation(requiredMatched, preferredMatched, related, requiredMissing, preferredMissing, salary, ordered, summary);
    }

    private static SalaryVerdict Verdict(double? ratio, PayRange? offered, AnnualPay? expected)
    {
        if (offered is null || expected is null || offered.Currency != expected.Value.Currency)
        {
            return SalaryVerdict.Unknown;
        }

        return ratio switch
        {
            null or >= FactorMath.SalaryAboveRatio => SalaryVerdict.AboveExpectation,
            >= 1 => SalaryVerdict.MeetsExpectation,
            _ => SalaryVerdict.BelowExpectation,
        };
    }

    private static string SkillsReason(int requiredMatched, int required, int preferredMatched, int preferred, int related)
    {
        if (required + preferred == 0)
        {
            return "the posting lists no skills";
        }

        var parts = new List<string>();
        if (required > 0)
        {
            parts.Add(Invariant($"{requiredMatched} of {required} required skills"));
        }

        if (preferred > 0)
        {
            parts.Add(Invariant($"{preferredMatched} of {preferred} preferred skills"));
        }

        if (related > 0)
        {
            parts.Add(Invariant($"{related} through a related skill"));
        }

        return string.Join(", ", parts);
    }

    private static string OccupationReason(JobPosting posting, CandidateProfile profile, PairFactors others)
    {
        if (posting.Occupations.Count == 0 || profile.Occupations.Count == 0)
        {
            return "occupation not known on both sides";
        }

        if (others.PostingOccupation < 0)
        {
            return "different occupations";
        }

        var wanted = posting.Occupations[others.PostingOccupation].Label;
        var held = profile.Occupations[others.ProfileOccupation].Label;
        return others.OccupationSimilarity switch
        {
            >= OccupationGraph.SameOccupation => $"same occupation: {wanted}",
            >= OccupationGraph.RelatedOccupation => $"related occupations: {wanted} and {held}",
            _ => $"neighbouring occupations: {wanted} and {held}",
        };
    }

    private static string SeniorityReason(Seniority wanted, Seniority held, bool you)
    {
        if (wanted == Seniority.Unspecified || held == Seniority.Unspecified)
        {
            return "seniority not stated on both sides";
        }

        return wanted == held
            ? $"same seniority: {wanted}"
            : $"the role is {wanted}, {(you ? "you are" : "the candidate is")} {held}";
    }

    private static string LocationReason(JobPosting posting, CandidateProfile profile, PairFactors others)
    {
        if (posting.Arrangement == WorkArrangement.Remote)
        {
            return profile.RemotePreference == RemotePreference.OnSite ? "remote role, on-site preferred" : "remote role";
        }

        var place = others.PostingPlace >= 0 ? posting.Locations[others.PostingPlace] : null;
        var where = others.Place switch
        {
            PlaceMatch.SameCity => $"same city: {place!.City}",
            PlaceMatch.SameRegion => $"same region: {place!.Region}",
            PlaceMatch.SameCountry => $"same country: {place!.Country}",
            PlaceMatch.Different => $"elsewhere: {place}",
            _ => "location not known on both sides",
        };
        var fit = FactorMath.ArrangementFit(posting.Arrangement, profile.RemotePreference);
        if (fit >= 1)
        {
            return where;
        }

        var arrangement = posting.Arrangement switch
        {
            WorkArrangement.OnSite => "on-site role",
            WorkArrangement.Hybrid => "hybrid role",
            _ => "arrangement not stated",
        };
        var wants = profile.RemotePreference == RemotePreference.RemoteOnly ? "remote only wanted" : "remote or hybrid wanted";
        return $"{where}; {arrangement}, {wants}";
    }

    private static string SalaryReason(SalaryComparison salary, bool you)
    {
        var whose = you ? "your" : "their";
        return salary.Verdict switch
        {
            SalaryVerdict.AboveExpectation when salary.Ratio is { } ratio => $"pays {Percent(ratio - 1)} above {whose} expectation",
            SalaryVerdict.AboveExpectation => $"pays above {whose} expectation",
            SalaryVerdict.MeetsExpectation => $"meets {whose} expectation",
            SalaryVerdict.BelowExpectation => $"pays {Percent(1 - salary.Ratio!.Value)} below {whose} expectation",
            _ when salary.Offered is null => "no pay stated",
            _ when salary.Expected is null => "no expected pay stated",
            _ => "pay and expectation in different currencies",
        };
    }

    private static string RecencyReason(int? ageDays, bool you)
    {
        var what = you ? "posted" : "profile updated";
        return ageDays switch
        {
            null => you ? "posting undated" : "profile undated",
            <= 0 => $"{what} today",
            1 => $"{what} yesterday",
            _ => Invariant($"{what} {ageDays} days ago"),
        };
    }

    private static string Summary(int requiredMatched, int required, int preferredMatched, int total, int related, SalaryComparison salary, bool you)
    {
        string skills;
        if (total == 0)
        {
            skills = "The posting lists no skills";
        }
        else
        {
            var counted = required > 0 ? Invariant($"{requiredMatched} of {required} required skills") : Invariant($"{preferredMatched} of {total} skills");
            skills = (you ? "You have " : "Has ") + counted;
            if (related > 0)
            {
                skills += Invariant($", {related} more through a related skill");
            }
        }

        var pay = salary.Verdict switch
        {
            SalaryVerdict.Unknown => null,
            _ => "pay " + SalaryReason(salary, you).Replace("pays ", "is ", StringComparison.Ordinal),
        };
        return pay is null ? skills + "." : $"{skills}; {pay}.";
    }

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
