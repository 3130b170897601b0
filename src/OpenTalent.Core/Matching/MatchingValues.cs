using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>Whether a posting still takes applications. Closed postings stay stored but never match.</summary>
public enum PostingStatus
{
    Open,
    Closed,
}

/// <summary>Where a person is willing to work.</summary>
public enum RemotePreference
{
    /// <summary>No stated preference: every arrangement fits.</summary>
    Any,
    RemoteOnly,

    /// <summary>Remote or hybrid, not fully on-site.</summary>
    RemoteOrHybrid,
    OnSite,
}

/// <summary>
/// A place at the precision the source gives. Parts are compared case-insensitively; <see cref="Country"/> is an
/// ISO 3166-1 alpha-2 code where known (the readers map names to codes), else the name as given.
/// </summary>
public sealed record Place
{
    public Place(string? city, string? region, string? country)
    {
        City = Clean(city);
        Region = Clean(region);
        Country = Clean(country);
        if (City is null && Region is null && Country is null)
        {
            throw new ArgumentException("A place needs at least a city, a region or a country.", nameof(city));
        }
    }

    public string? City { get; }

    public string? Region { get; }

    public string? Country { get; }

    public override string ToString() => string.Join(", ", new[] { City, Region, Country }.Where(p => p is not null));

    private static string? Clean(string? part) => string.IsNullOrWhiteSpace(part) ? null : part.Trim();
}

/// <summary>Pay for a year of full-time work, in one currency (ISO 4217, upper case).</summary>
public readonly record struct AnnualPay
{
    public AnnualPay(decimal amount, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Amount = amount;
        Currency = Checks.Currency(currency, nameof(currency));
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public override string ToString() => $"{Currency} {Amount:#,0}";
}

/// <summary>An annual pay range in one currency; a single figure has <see cref="Min"/> equal to <see cref="Max"/>.</summary>
public sealed record PayRange
{
    public PayRange(decimal min, decimal max, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The top of a pay range cannot be below its bottom ({min}).");
        }

        Min = min;
        Max = max;
        Currency = Checks.Currency(currency, nameof(currency));
    }

    public decimal Min { get; }

    public decimal Max { get; }

    public string Currency { get; }

    public decimal Midpoint => (Min + Max) / 2;

    /// <summary>From a parsed salary of any period, annualised with the fixed conventions of <see cref="SalaryRange"/>.</summary>
    public static PayRange From(SalaryRange salary)
    {
        ArgumentNullException.ThrowIfNull(salary);
        return new PayRange(salary.AnnualMin, salary.AnnualMax, salary.Currency);
    }
}

/// <summary>An occupation a posting or a person is believed to be in, with the confidence of that belief in (0, 1].</summary>
public sealed record OccupationFit
{
    public OccupationFit(string code, string label, double score)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (!(score > 0 && score <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "An occupation score must be in (0, 1].");
        }

        Code = code;
        Label = label;
        Score = score;
    }

    public string Code { get; }

    public string Label { get; }

    public double Score { get; }
}

internal static class Checks
{
    public static double Weight(double weight, string parameterName) =>
        weight is > 0 and <= 1 ? weight : throw new ArgumentOutOfRangeException(parameterName, weight, "A weight must be in (0, 1].");

    public static double? Years(double? years, string parameterName) =>
        years is null or (>= 0 and <= JobAdFacts.MaxYearsExperience)
            ? years
            : throw new ArgumentOutOfRangeException(parameterName, years, $"Years of experience must be between 0 and {JobAdFacts.MaxYearsExperience}.");

    public static string Currency(string currency, string parameterName) =>
        currency is { Length: 3 } && char.IsAsciiLetterUpper(currency[0]) && char.IsAsciiLetterUpper(currency[1]) && char.IsAsciiLetterUpper(currency[2])
            ? currency
            : throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code such as USD.", parameterName);

    public static string Identifier(string identifier, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            throw new ArgumentException("An identifier cannot be empty.", parameterName);
        }

        return identifier.Length <= 200
            ? identifier.Trim()
            : throw new ArgumentException($"An identifier can be at most 200 characters; this one has {identifier.Length}.", parameterName);
    }

    public static IReadOnlyList<T> Distinct<T, TKey>(IEnumerable<T>? items, Func<T, TKey> key, string what, string parameterName)
    {
        var list = (items ?? []).ToArray();
        if (list.Length < 2)
        {
            return list;
        }

        var seen = new HashSet<TKey>(list.Length);
        foreach (var item in list)
        {
            if (!seen.Add(key(item)))
            {
                throw new ArgumentException($"{what} '{key(item)}' is listed twice.", parameterName);
            }
        }

        return list;
    }
}
