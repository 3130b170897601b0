namespace OpenTalent.Core.Understanding;

/// <summary>Where the work is done.</summary>
public enum WorkArrangement
{
    Unspecified,
    OnSite,
    Hybrid,
    Remote,
}

/// <summary>The kind of engagement a posting offers.</summary>
public enum EmploymentType
{
    Unspecified,
    FullTime,
    PartTime,
    Contract,
    Temporary,
    Internship,
    Apprenticeship,
    Freelance,
    Volunteer,
}

/// <summary>The period a pay figure refers to.</summary>
public enum PayPeriod
{
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Which sides of a <see cref="SalaryRange"/> the posting states.</summary>
public enum SalaryBound
{
    /// <summary>"$120k–150k": both ends stated.</summary>
    Range,

    /// <summary>"€60k": one figure; <see cref="SalaryRange.Min"/> equals <see cref="SalaryRange.Max"/>.</summary>
    Exact,

    /// <summary>"up to $90k": only the top is known; Min equals Max, both the stated ceiling.</summary>
    UpTo,

    /// <summary>"from £30,000", "$80k+": only the floor is known; Min equals Max, both the stated floor.</summary>
    AtLeast,
}

/// <summary>Formal education levels, in increasing order, so levels can be compared.</summary>
public enum EducationLevel
{
    None,
    HighSchool,
    Vocational,
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

/// <summary>
/// A pay range in one currency and period. Annual figures use fixed conventions so postings compare:
/// a year is 2,080 working hours (40 × 52), 260 working days (5 × 52), 52 weeks or 12 months.
/// </summary>
public sealed record SalaryRange
{
    public const int HoursPerYear = 2080;
    public const int DaysPerYear = 260;
    public const int WeeksPerYear = 52;
    public const int MonthsPerYear = 12;

    /// <param name="periodInferred">True when the text gave no period and it was guessed from the amount.</param>
    public SalaryRange(decimal min, decimal max, string currency, PayPeriod period, TextSpan evidence, bool periodInferred = false, SalaryBound bound = SalaryBound.Range)
    {
        if (min < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, "A salary cannot be negative.");
        }

        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The maximum cannot be below the minimum ({min}).");
        }

        if (currency is not { Length: 3 } || !IsUpperAscii(currency))
        {
            throw new ArgumentException($"'{currency}' is not a three-letter ISO 4217 currency code.", nameof(currency));
        }

        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown pay period.");
        }

        if (!Enum.IsDefined(bound) || (bound != SalaryBound.Range && min != max))
        {
            throw new ArgumentOutOfRangeException(nameof(bound), bound, "A one-sided or exact salary has a single figure (Min equals Max).");
        }

        TextSpanGuard.Check(evidence, nameof(evidence));
        Min = min;
        Max = max;
        Currency = currency;
        Period = period;
        Evidence = evidence;
        PeriodInferred = periodInferred;
        Bound = bound;
    }

    public decimal Min { get; }

    public decimal Max { get; }

    /// <summary>ISO 4217 code, upper case ("USD").</summary>
    public string Currency { get; }

    public PayPeriod Period { get; }

    public TextSpan Evidence { get; }

    public bool PeriodInferred { get; }

    public SalaryBound Bound { get; }

    public decimal AnnualMin => Min * PeriodsPerYear(Period);

    public decimal AnnualMax => Max * PeriodsPerYear(Period);

    /// <summary>How many of a period fit in a year, by the conventions above.</summary>
    public static int PeriodsPerYear(PayPeriod period) => period switch
    {
        PayPeriod.Hour => HoursPerYear,
        PayPeriod.Day => DaysPerYear,
        PayPeriod.Week => WeeksPerYear,
        PayPeriod.Month => MonthsPerYear,
        PayPeriod.Year => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown pay period."),
    };

    private static bool IsUpperAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A place named by a posting. Any part may be unknown; <see cref="Text"/> is what the posting says.</summary>
public sealed record JobLocation
{
    /// <param name="region">A state or province ("CA", "Ontario") or a wider area ("EMEA").</param>
    /// <param name="country">ISO 3166-1 alpha-2, upper case.</param>
    public JobLocation(string? city, string? region, string? country, string text, TextSpan evidence)
    {
        if (country is not null && (country.Length != 2 || country[0] is < 'A' or > 'Z' || country[1] is < 'A' or > 'Z'))
        {
            throw new ArgumentException($"'{country}' is not an ISO 3166-1 alpha-2 country code.", nameof(country));
        }

        TextSpanGuard.Check(evidence, nameof(evidence));
        City = Optional(city, nameof(city));
        Region = Optional(region, nameof(region));
        Country = country;
        Text = Guard.NotBlank(text, nameof(text), maxLength: 300);
        Evidence = evidence;
    }

    public string? City { get; }

    public string? Region { get; }

    public string? Country { get; }

    public string Text { get; }

    public TextSpan Evidence { get; }

    private static string? Optional(string? value, string name) => value is null ? null : Guard.NotBlank(value, name, maxLength: 200);
}

/// <summary>An education level a posting asks for.</summary>
public sealed record EducationRequirement
{
    /// <param name="required">False for a preference ("PhD preferred") or where equivalent experience is accepted.</param>
    /// <param name="field">The subject, where named ("Computer Science").</param>
    /// <param name="equivalentExperienceAccepted">True for "… or equivalent experience".</param>
    public EducationRequirement(EducationLevel level, bool required, string? field, TextSpan evidence, bool equivalentExperienceAccepted = false)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown education level.");
        }

        TextSpanGuard.Check(evidence, nameof(evidence));
        Level = level;
        Required = required;
        Field = field is null ? null : Guard.NotBlank(field, nameof(field), maxLength: 200);
        Evidence = evidence;
        EquivalentExperienceAccepted = equivalentExperienceAccepted;
    }

    public EducationLevel Level { get; }

    public bool Required { get; }

    public string? Field { get; }

    public TextSpan Evidence { get; }

    public bool EquivalentExperienceAccepted { get; }
}

/// <summary>The structured facts read off a job posting. Unknown facts are null or Unspecified.</summary>
public sealed record JobAdFacts
{
    public const double MaxYearsExperience = 60;

    public JobAdFacts(
        SalaryRange? salary,
        JobLocation? location,
        WorkArrangement arrangement,
        EmploymentType employmentType,
        Seniority seniority,
        EducationRequirement? education,
        double? minYearsExperience)
    {
        if (!Enum.IsDefined(arrangement))
        {
            throw new ArgumentOutOfRangeException(nameof(arrangement), arrangement, "Unknown work arrangement.");
        }

        if (!Enum.IsDefined(employmentType))
        {
            throw new ArgumentOutOfRangeException(nameof(employmentType), employmentType, "Unknown employment type.");
        }

        if (!Enum.IsDefined(seniority))
        {
            throw new ArgumentOutOfRangeException(nameof(seniority), seniority, "Unknown seniority.");
        }

        if (minYearsExperience is { } years && (!double.IsFinite(years) || years < 0 || years > MaxYearsExperience))
        {
            throw new ArgumentOutOfRangeException(nameof(minYearsExperience), minYearsExperience, $"Years of experience must be between 0 and {MaxYearsExperience}.");
        }

        Salary = salary;
        Location = location;
        Arrangement = arrangement;
        EmploymentType = employmentType;
        Seniority = seniority;
        Education = education;
        MinYearsExperience = minYearsExperience;
    }

    public static JobAdFacts Empty { get; } = new(null, null, WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Unspecified, null, null);

    public SalaryRange? Salary { get; }

    public JobLocation? Location { get; }

    public WorkArrangement Arrangement { get; }

    public EmploymentType EmploymentType { get; }

    public Seniority Seniority { get; }

    public EducationRequirement? Education { get; }

    public double? MinYearsExperience { get; }
}

internal static class TextSpanGuard
{
    public static void Check(TextSpan span, string parameterName)
    {
        if (span.Start < 0 || span.End < span.Start)
        {
            throw new ArgumentOutOfRangeException(parameterName, span, "A text span must start at 0 or later and not end before it starts.");
        }
    }
}
