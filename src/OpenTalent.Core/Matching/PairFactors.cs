namespace OpenTalent.Core.Matching;

/// <summary>Which side asks: a seeker looking at postings, or a recruiter looking at people.</summary>
internal enum MatchDirection
{
    JobsForSeeker,
    CandidatesForJob,
}

/// <summary>The five factors other than skills for one posting and one person, with what explains each.</summary>
internal readonly record struct PairFactors(
    double Occupation,
    int PostingOccupation,
    int ProfileOccupation,
    double OccupationSimilarity,
    double Seniority,
    double Location,
    PlaceMatch Place,
    int PostingPlace,
    double Salary,
    double? SalaryRatio,
    double Recency,
    int? AgeDays)
{
    public static PairFactors Compute(RelevanceModel model, JobPosting posting, CandidateProfile profile, int todayDay, MatchDirection direction)
    {
        var (occupation, postingOccupation, profileOccupation, similarity) = OccupationFit(model.Occupations, posting, profile);
        var (place, postingPlace) = BestPlace(posting, profile);
        var location = FactorMath.Location(posting.Arrangement, profile.RemotePreference, place);
        var (salary, ratio) = SalaryFit(posting.Salary, profile.TargetSalary);
        var dated = direction == MatchDirection.JobsForSeeker ? posting.DatePosted : profile.Updated;
        var halfLife = direction == MatchDirection.JobsForSeeker ? FactorMath.PostingHalfLifeDays : FactorMath.ProfileHalfLifeDays;
        var recency = FactorMath.Recency(dated?.DayNumber, todayDay, halfLife);
        return new PairFactors(
            occupation, postingOccupation, profileOccupation, similarity,
            FactorMath.Seniority(posting.Seniority, profile.Seniority),
            location, place, postingPlace, salary, ratio, recency,
            dated is { } day ? todayDay - day.DayNumber : null);
    }

    /// <summary>The score from the skill factor and these, with the model's normalised weights.</summary>
    public double Combine(MatchWeights weights, double skills) =>
        FactorMath.Combine(weights, skills, Occupation, Seniority, Location, Salary, Recency);

    /// <summary>Best over pairs of confidence x confidence x similarity; neutral when either side has none.</summary>
    private static (double Value, int Posting, int Profile, double Similarity) OccupationFit(OccupationGraph graph, JobPosting posting, CandidateProfile profile)
    {
        var wanted = posting.Occupations;
        var held = profile.Occupations;
        if (wanted.Count == 0 || held.Count == 0)
        {
            return (FactorMath.Neutral, -1, -1, 0);
        }

        (double Value, int Posting, int Profile, double Similarity) best = (0, -1, -1, 0);
        for (var i = 0; i < wanted.Count; i++)
        {
            for (var j = 0; j < held.Count; j++)
            {
                var similarity = graph.Similarity(wanted[i].Code, held[j].Code);
                var value = wanted[i].Score * held[j].Score * similarity;
                if (value > best.Value)
                {
                    best = (value, i, j, similarity);
                }
            }
        }

        return best;
    }

    /// <summary>The posting location that fits the person best (by factor value); unknown without places.</summary>
    private static (PlaceMatch Match, int Index) BestPlace(JobPosting posting, CandidateProfile profile)
    {
        if (profile.Location is not { } home || posting.Locations.Count == 0)
        {
            return (PlaceMatch.Unknown, -1);
        }

        (PlaceMatch Match, int Index) best = (FactorMath.ComparePlaces(posting.Locations[0], home), 0);
        for (var i = 1; i < posting.Locations.Count; i++)
        {
            var match = FactorMath.ComparePlaces(posting.Locations[i], home);
            if (FactorMath.Place(match) > FactorMath.Place(best.Match))
            {
                best = (match, i);
            }
        }

        return best;
    }

    private static (double Value, double? Ratio) SalaryFit(PayRange? offered, AnnualPay? expected)
    {
        if (offered is null || expected is not { } wanted || !string.Equals(offered.Currency, wanted.Currency, StringComparison.Ordinal))
        {
            return (FactorMath.Neutral, null);
        }

        var expectedAmount = (double)wanted.Amount;
        var offeredMax = (double)offered.Max;
        return (FactorMath.Salary(offeredMax, expectedAmount), expectedAmount > 0 ? offeredMax / expectedAmount : null);
    }
}
