using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Postings;

/// <summary>Where a posting's work happens and who may apply: <c>jobLocation</c>, <c>jobLocationType</c>, <c>applicantLocationRequirements</c>.</summary>
internal static class PostingPlaces
{
    public static IReadOnlyList<PostalPlace> Locations(JsonFields fields, JsonElement posting)
    {
        var places = new List<PostalPlace>();
        foreach (var (place, path) in OneOrMany(posting, "jobLocation"))
        {
            if (place.ValueKind != JsonValueKind.Object)
            {
                fields.WrongType(path, "a Place object", place);
            }
            else if (Address(fields, place, path) is { } address)
            {
                places.Add(address);
            }
        }

        return places;
    }

    /// <summary>Only TELECOMMUTE is defined by schema.org and Google; anything else is a mistake worth reporting.</summary>
    public static bool Telecommute(JsonFields fields, JsonElement posting)
    {
        var telecommute = false;
        foreach (var (value, path) in OneOrMany(posting, "jobLocationType"))
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                fields.WrongType(path, "a string", value);
                continue;
            }

            var text = value.GetString()!.Trim();
            if (text.Equals("TELECOMMUTE", StringComparison.OrdinalIgnoreCase))
            {
                telecommute = true;
            }
            else if (text.Length > 0)
            {
                fields.Error(path, $"'{JsonFields.Clip(text)}' is not a location type; the only one defined is TELECOMMUTE");
            }
        }

        return telecommute;
    }

    /// <summary>Country or State objects (their names), or plain names.</summary>
    public static IReadOnlyList<string> ApplicantCountries(JsonFields fields, JsonElement posting)
    {
        var names = new List<string>();
        foreach (var (area, path) in OneOrMany(posting, "applicantLocationRequirements"))
        {
            var name = NamedThing(fields, area, path, "a Country or State object");
            if (name is not null && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// The value of a property that schema.org lets be one item or an array, with the path of each item:
    /// <c>jobLocation</c> for a single one, <c>jobLocation[2]</c> inside an array.
    /// </summary>
    public static List<(JsonElement Value, string Path)> OneOrMany(JsonElement container, string name)
    {
        var items = new List<(JsonElement, string)>();
        if (!JsonFields.TryGet(container, name, out var value))
        {
            return items;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            items.Add((value, name));
            return items;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Null)
            {
                items.Add((item, JsonFields.Item(name, index)));
            }

            index++;
        }

        return items;
    }

    /// <summary>A plain string, or an object's <c>name</c> (required then).</summary>
    public static string? NamedThing(JsonFields fields, JsonElement value, string path, string expectedObject)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                return text.Length == 0 ? null : text;
            case JsonValueKind.Object:
                var name = fields.String(value, path, "name");
                if (name is null && !JsonFields.TryGet(value, "name", out _))
                {
                    fields.Required(JsonFields.Path(path, "name"));
                }

                return name;
            default:
                fields.WrongType(path, $"a string or {expectedObject}", value);
                return null;
        }
    }

    private static PostalPlace? Address(JsonFields fields, JsonElement place, string placePath)
    {
        var path = JsonFields.Path(placePath, "address");
        if (!JsonFields.TryGet(place, "address", out var address))
        {
            fields.Required(path, "is required (a PostalAddress object or an address string)");
            return null;
        }

        if (address.ValueKind == JsonValueKind.String)
        {
            var line = address.GetString()!.Trim();
            if (line.Length == 0)
            {
                fields.Required(path, "is empty");
                return null;
            }

            return new PostalPlace(line, null, null, null);
        }

        if (address.ValueKind != JsonValueKind.Object)
        {
            fields.WrongType(path, "a PostalAddress object or a string", address);
            return null;
        }

        var errorsBefore = fields.Count;
        var locality = fields.String(address, path, "addressLocality");
        var region = fields.String(address, path, "addressRegion");
        var postalCode = PostalCode(fields, address, path);
        var country = JsonFields.TryGet(address, "addressCountry", out var countryValue)
            ? NamedThing(fields, countryValue, JsonFields.Path(path, "addressCountry"), "a Country object")
            : null;
        if (locality is null && region is null && postalCode is null && country is null)
        {
            if (fields.Count == errorsBefore)
            {
                fields.Error(path, "gives none of addressLocality, addressRegion, postalCode, addressCountry");
            }

            return null;
        }

        return new PostalPlace(locality, region, postalCode, country);
    }

    // Postal codes are text, but exporters write numeric ones ("postalCode": 94043) as numbers.
    private static string? PostalCode(JsonFields fields, JsonElement address, string path) =>
        JsonFields.TryGet(address, "postalCode", out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetRawText()
            : fields.String(address, path, "postalCode");
}
