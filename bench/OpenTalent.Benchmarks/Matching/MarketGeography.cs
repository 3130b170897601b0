using OpenTalent.Core.Matching;

namespace OpenTalent.Benchmarks.Matching;

/// <summary>A country of the synthetic market: its currency and pay level against US dollar wages.</summary>
/// <param name="PayFactor">Local pay, in <paramref name="Currency"/>, for a job whose US median is one dollar.</param>
/// <param name="PayTransparency">Share of its postings that state pay.</param>
internal sealed record MarketCountry(string Code, string Currency, double PayFactor, double PayTransparency);

internal sealed record MarketCity(Place Place, MarketCountry Country, double Weight);

/// <summary>
/// Where synthetic jobs and people are: large metropolitan areas weighted by population (millions), about two
/// thirds of them in the United States, whose OEWS wages ground the pay figures.
/// </summary>
internal sealed class MarketGeography
{
    private static readonly MarketCountry Us = new("US", "USD", 1.0, 0.75);
    private static readonly MarketCountry Gb = new("GB", "GBP", 0.62, 0.55);
    private static readonly MarketCountry De = new("DE", "EUR", 0.72, 0.35);
    private static readonly MarketCountry Fr = new("FR", "EUR", 0.62, 0.35);
    private static readonly MarketCountry Nl = new("NL", "EUR", 0.72, 0.45);
    private static readonly MarketCountry Ie = new("IE", "EUR", 0.74, 0.45);
    private static readonly MarketCountry Es = new("ES", "EUR", 0.48, 0.35);
    private static readonly MarketCountry Ca = new("CA", "CAD", 1.05, 0.65);
    private static readonly MarketCountry Au = new("AU", "AUD", 1.25, 0.55);
    private static readonly MarketCountry In = new("IN", "INR", 14.0, 0.30);

    private static readonly MarketCity[] Cities =
    [
        City("New York", "NY", Us, 19.5), City("Los Angeles", "CA", Us, 12.8), City("Chicago", "IL", Us, 9.4),
        City("Dallas", "TX", Us, 7.9), City("Houston", "TX", Us, 7.3), City("Washington", "DC", Us, 6.3),
        City("Philadelphia", "PA", Us, 6.2), City("Atlanta", "GA", Us, 6.2), City("Miami", "FL", Us, 6.1),
        City("Phoenix", "AZ", Us, 5.0), City("Boston", "MA", Us, 4.9), City("San Francisco", "CA", Us, 4.6),
        City("Riverside", "CA", Us, 4.6), City("Detroit", "MI", Us, 4.3), City("Seattle", "WA", Us, 4.0),
        City("Minneapolis", "MN", Us, 3.7), City("San Diego", "CA", Us, 3.3), City("Tampa", "FL", Us, 3.3),
        City("Denver", "CO", Us, 3.0), City("Baltimore", "MD", Us, 2.8), City("St. Louis", "MO", Us, 2.8),
        City("Orlando", "FL", Us, 2.7), City("Charlotte", "NC", Us, 2.7), City("San Antonio", "TX", Us, 2.6),
        City("Portland", "OR", Us, 2.5), City("Sacramento", "CA", Us, 2.4), City("Pittsburgh", "PA", Us, 2.4),
        City("Austin", "TX", Us, 2.4), City("Las Vegas", "NV", Us, 2.3), City("Cincinnati", "OH", Us, 2.3),
        City("Kansas City", "MO", Us, 2.2), City("Columbus", "OH", Us, 2.1), City("Indianapolis", "IN", Us, 2.1),
        City("Cleveland", "OH", Us, 2.1), City("San Jose", "CA", Us, 2.0), City("Nashville", "TN", Us, 2.0),
        City("Raleigh", "NC", Us, 1.5), City("Salt Lake City", "UT", Us, 1.3), City("Omaha", "NE", Us, 1.0),
        City("Albuquerque", "NM", Us, 0.9),
        City("London", "England", Gb, 9.5), City("Manchester", "England", Gb, 2.8), City("Edinburgh", "Scotland", Gb, 0.9),
        City("Berlin", "Berlin", De, 3.7), City("Hamburg", "Hamburg", De, 1.8), City("Munich", "Bavaria", De, 1.5),
        City("Paris", "Île-de-France", Fr, 6.0), City("Lyon", "Auvergne-Rhône-Alpes", Fr, 1.7),
        City("Amsterdam", "North Holland", Nl, 1.5), City("Rotterdam", "South Holland", Nl, 1.0),
        City("Dublin", "Leinster", Ie, 1.4), City("Madrid", "Community of Madrid", Es, 3.0), City("Barcelona", "Catalonia", Es, 2.5),
        City("Toronto", "ON", Ca, 6.2), City("Montreal", "QC", Ca, 4.3), City("Vancouver", "BC", Ca, 2.6),
        City("Sydney", "NSW", Au, 5.3), City("Melbourne", "VIC", Au, 5.0),
        City("Bengaluru", "Karnataka", In, 4.0), City("Hyderabad", "Telangana", In, 2.5), City("Pune", "Maharashtra", In, 2.0),
    ];

    private readonly WeightedTable _cities;
    private readonly Dictionary<string, Place> _countryPlaces;

    public MarketGeography()
    {
        var weights = new double[Cities.Length];
        for (var i = 0; i < Cities.Length; i++)
        {
            weights[i] = Cities[i].Weight;
        }

        _cities = new WeightedTable(weights);
        _countryPlaces = Cities.Select(c => c.Country.Code).Distinct().ToDictionary(code => code, code => new Place(null, null, code), StringComparer.Ordinal);
    }

    public MarketCity City(ref SplitMix random) => Cities[_cities.Sample(ref random)];

    /// <summary>Another city of the same country (a posting open in several offices).</summary>
    public MarketCity OtherCityIn(MarketCountry country, ref SplitMix random)
    {
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var city = City(ref random);
            if (city.Country == country)
            {
                return city;
            }
        }

        return Array.Find(Cities, c => c.Country == country)!;
    }

    /// <summary>One shared instance per country, so a million remote postings do not hold a million equal places.</summary>
    public Place CountryPlace(MarketCountry country) => _countryPlaces[country.Code];

    private static MarketCity City(string city, string region, MarketCountry country, double weight) => new(new Place(city, region, country.Code), country, weight);
}
