using System.Text.Json.Nodes;
using OpenTalent.Text.JobAds;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>A place: any part may be missing; <paramref name="CountryCode"/> is ISO 3166-1 alpha-2.</summary>
internal sealed record ResumePlace(string? City, string? Region, string? CountryCode)
{
    public JsonObject ToJson()
    {
        var location = new JsonObject();
        if (City is not null)
        {
            location["city"] = City;
        }

        if (Region is not null)
        {
            location["region"] = Region;
        }

        if (CountryCode is not null)
        {
            location["countryCode"] = CountryCode;
        }

        return location;
    }

    /// <summary>As a resume writes it: "Berlin, DE".</summary>
    public string Text => string.Join(", ", new[] { City, Region, CountryCode }.Where(p => p is not null));
}

/// <summary>
/// Reads a short text as a place with the job-ad reader's gazetteer, which knows cities, states and countries. Only a
/// text that is all place counts, so "Senior Engineer" or "Acme Berlin GmbH" never does.
/// </summary>
internal static class ResumePlaces
{
    public static ResumePlace? Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is < 2 or > 80 || trimmed.Any(char.IsDigit) && !trimmed.Any(char.IsLetter))
        {
            return null;
        }

        if (trimmed.Equals("remote", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var location = JobAdParser.Parse("Location: " + trimmed).Location;
        if (location is null || (location.City is null && location.Region is null && location.Country is null))
        {
            return null;
        }

        // The reader takes the first place it sees; the text must be no more than that place.
        var said = location.Text.Trim();
        var covered = said.Length >= trimmed.Length - 3 || trimmed.StartsWith(said, StringComparison.OrdinalIgnoreCase) && trimmed.Length - said.Length <= 3;
        return covered ? new ResumePlace(location.City, location.Region, location.Country) : null;
    }
}
