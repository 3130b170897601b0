namespace OpenTalent.Text.JobAds;

/// <summary>Country names and codes as structured data gives them ("Germany", "DE", "USA"), to ISO 3166-1 alpha-2.</summary>
public static class CountryCodes
{
    /// <summary>The ISO code, or null when the text names no known country.</summary>
    public static string? Find(string? nameOrCode)
    {
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return null;
        }

        var text = nameOrCode.Trim();
        return Gazetteer.Default.Country(text) ?? Gazetteer.Default.Country(text.ToUpperInvariant());
    }
}
