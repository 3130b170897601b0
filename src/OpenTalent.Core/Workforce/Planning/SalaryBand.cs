namespace OpenTalent.Core.Workforce;

/// <summary>The pay range a requisition may offer, per year, in one currency (ISO 4217 code).</summary>
public sealed record SalaryBand
{
    public const decimal MaxAmount = 100_000_000m;

    public SalaryBand(decimal minimum, decimal maximum, string currency)
    {
        Minimum = minimum is >= 0 and <= MaxAmount
            ? minimum
            : throw new ArgumentOutOfRangeException(nameof(minimum), minimum, $"The band's minimum must be between 0 and {MaxAmount}.");
        Maximum = maximum is >= 0 and <= MaxAmount
            ? maximum
            : throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"The band's maximum must be between 0 and {MaxAmount}.");
        if (minimum > maximum)
        {
            throw new ArgumentException($"The band's minimum {minimum} is above its maximum {maximum}.", nameof(minimum));
        }

        var code = currency?.Trim().ToUpperInvariant();
        Currency = code is { Length: 3 } && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new ArgumentException($"'{currency}' is not a currency code; use three letters such as USD or EUR.", nameof(currency));
    }

    public decimal Minimum { get; }

    public decimal Maximum { get; }

    public string Currency { get; }

    public override string ToString() => $"{Minimum:0.##}-{Maximum:0.##} {Currency}";
}
