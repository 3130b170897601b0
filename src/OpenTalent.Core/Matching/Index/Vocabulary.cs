namespace OpenTalent.Core.Matching;

/// <summary>The interned strings both sides of the index share: skills, place parts, occupations, currencies.</summary>
internal sealed class Vocabulary
{
    public Interner Skills { get; } = new(StringComparer.Ordinal);

    /// <summary>City, region and country names; parts compare case-insensitively, as <see cref="Place"/> says.</summary>
    public Interner Places { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Interner Occupations { get; } = new(StringComparer.Ordinal);

    public Interner Currencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Skill labels and occupation titles, exactly as given (they are only shown, never compared).</summary>
    public Interner Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>Places exactly as given, so an item read back from the index is equal to the one stored.</summary>
    public ValueTable<Place> PlaceValues { get; } = new();
}

/// <summary>Gives each distinct value (by equality) an id from 1; 0 means none.</summary>
internal sealed class ValueTable<T>
    where T : class
{
    private readonly Dictionary<T, int> _ids = [];
    private readonly List<T?> _values = [null];

    public int Intern(T? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _values.Count;
            _ids[value] = id;
            _values.Add(value);
        }

        return id;
    }

    public T? Value(int id) => _values[id];
}

/// <summary>A place as three interned part ids (0 = not given).</summary>
internal readonly record struct PlaceIds(int City, int Region, int Country)
{
    public bool IsKnown => City != 0 || Region != 0 || Country != 0;

    public static PlaceIds Intern(Interner places, Place place) =>
        new(places.Intern(place.City), places.Intern(place.Region), places.Intern(place.Country));

    public static PlaceIds Find(Interner places, Place? place) =>
        place is null ? default : new(places.Find(place.City), places.Find(place.Region), places.Find(place.Country));

    public PlaceMatch Compare(PlaceIds other) =>
        FactorMath.ComparePlaces(City, Region, Country, other.City, other.Region, other.Country);

    /// <summary>The closest of <paramref name="places"/> to <paramref name="home"/>; unknown when either side has none.</summary>
    public static PlaceMatch Best(ReadOnlySpan<PlaceIds> places, PlaceIds home)
    {
        if (!home.IsKnown || places.Length == 0)
        {
            return PlaceMatch.Unknown;
        }

        var best = places[0].Compare(home);
        for (var i = 1; i < places.Length; i++)
        {
            var match = places[i].Compare(home);
            if (FactorMath.Place(match) > FactorMath.Place(best))
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>Every part the filter gives is equal (an unseen filter part matches nothing).</summary>
    public bool IsIn(PlaceIds filter) =>
        (filter.City == 0 || filter.City == City) && (filter.Region == 0 || filter.Region == Region) && (filter.Country == 0 || filter.Country == Country);
}
