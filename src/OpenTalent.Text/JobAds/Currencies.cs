namespace OpenTalent.Text.JobAds;

/// <summary>Currency symbols and codes that job ads use, resolved to ISO 4217.</summary>
internal static class Currencies
{
    /// <summary>The codes the salary pattern accepts, as one regular-expression alternation.</summary>
    public const string CodePattern = "USD|GBP|EUR|CAD|AUD|NZD|INR|JPY|CHF|SGD|HKD|SEK|NOK|DKK|PLN|CZK|ZAR|BRL|MXN|CNY|AED|ILS";

    /// <summary>
    /// The code for a symbol with an optional prefix ("US$", "C$", "£"). A bare "$" follows the country the
    /// ad names, so "$" in a Toronto ad is CAD; without a country it is USD.
    /// </summary>
    public static string? FromSymbol(ReadOnlySpan<char> prefix, char symbol, string? country) => symbol switch
    {
        '£' => "GBP",
        '€' => "EUR",
        '₹' => "INR",
        '¥' => country == "CN" ? "CNY" : "JPY",
        '$' => prefix switch
        {
            "US" => "USD",
            "C" or "CA" => "CAD",
            "A" or "AU" => "AUD",
            "NZ" => "NZD",
            "S" or "SG" => "SGD",
            "HK" => "HKD",
            "R" => "BRL",
            _ => DollarOf(country),
        },
        _ => null,
    };

    /// <summary>
    /// How much larger salary figures run than in US dollars, roughly, so magnitude rules (hourly below
    /// 300, yearly from 10,000) work for yen and rupees too.
    /// </summary>
    public static decimal Scale(string currency) => currency switch
    {
        "JPY" or "INR" => 100m,
        "SEK" or "NOK" or "DKK" or "CNY" or "ZAR" or "MXN" or "CZK" => 10m,
        _ => 1m,
    };

    /// <summary>Currencies of markets where salaries are customarily stated per month.</summary>
    public static bool QuotesMonthly(string currency) => currency is "PLN" or "BRL" or "CZK" or "MXN";

    private static string DollarOf(string? country) => country switch
    {
        "CA" => "CAD",
        "AU" => "AUD",
        "NZ" => "NZD",
        "SG" => "SGD",
        "HK" => "HKD",
        _ => "USD",
    };
}
