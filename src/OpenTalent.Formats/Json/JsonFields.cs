using System.Globalization;
using System.Text.Json;

namespace OpenTalent.Formats.Json;

/// <summary>
/// Typed access to the fields of a JSON document for the readers: every mismatch is recorded as a
/// <see cref="FieldError"/> at its full path and reading goes on, so one pass finds all problems of a line.
/// A field that is absent or JSON <c>null</c> counts as not given; strings are trimmed and a blank one counts as not given.
/// Paths are joined only when an error is recorded, so a valid document costs no path strings below its objects.
/// </summary>
internal sealed class JsonFields(List<FieldError> errors)
{
    private readonly int _start = errors.Count;

    /// <summary>True when this reader has recorded an error (errors already in the list before it do not count).</summary>
    public bool HasErrors => errors.Count > _start;

    /// <summary>How many errors the list holds; compare before and after reading a part to see whether it failed.</summary>
    public int Count => errors.Count;

    public static string Path(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Item(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Records one error; past <see cref="JsonLinesFile.MaxErrorsPerLine"/> only a single "more problems" note is kept.</summary>
    public void Error(string field, string message)
    {
        if (errors.Count < JsonLinesFile.MaxErrorsPerLine)
        {
            errors.Add(new FieldError(field, message));
        }
        else if (errors.Count == JsonLinesFile.MaxErrorsPerLine)
        {
            errors.Add(new FieldError("", JsonLinesFile.MoreErrorsMessage));
        }
    }

    public void WrongType(string field, string expected, JsonElement actual) =>
        Error(field, $"expected {expected}, found {Describe(actual.ValueKind)}");

    public void Required(string field, string what = "is required") => Error(field, what);

    /// <summary>The property's value when it is present and not <c>null</c>.</summary>
    public static bool TryGet(JsonElement container, string name, out JsonElement value)
    {
        if (container.ValueKind == JsonValueKind.Object && container.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>An optional string field: trimmed, blank as absent, any other JSON type an error.</summary>
    public string? String(JsonElement container, string parent, string name) =>
        TryGet(container, name, out var value) ? Text(value, parent, name) : null;

    public string? RequiredString(JsonElement container, string parent, string name)
    {
        var text = String(container, parent, name);
        if (text is null && !HasProblemAt(container, name))
        {
            Required(Path(parent, name));
        }

        return text;
    }

    /// <summary>A string value at a known path; <c>null</c> (and an error unless blank) when it is not a usable string.</summary>
    public string? Text(JsonElement value, string parent, string name)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(Path(parent, name), "a string", value);
            return null;
        }

        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>An optional object field; another JSON type is an error.</summary>
    public bool Object(JsonElement container, string parent, string name, out JsonElement value)
    {
        if (!TryGet(container, name, out value))
        {
            return false;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        WrongType(Path(parent, name), "an object", value);
        return false;
    }

    /// <summary>An optional array field; another JSON type is an error.</summary>
    public bool Array(JsonElement container, string parent, string name, out JsonElement value)
    {
        if (!TryGet(container, name, out value))
        {
            return false;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return true;
        }

        WrongType(Path(parent, name), "an array", value);
        return false;
    }

    /// <summary>An optional array of strings: blank items are dropped, a non-string item is an error at its index.</summary>
    public IReadOnlyList<string> StringArray(JsonElement container, string parent, string name)
    {
        if (!Array(container, parent, name, out var array))
        {
            return [];
        }

        var items = new List<string>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                var text = item.GetString()!.Trim();
                if (text.Length > 0)
                {
                    items.Add(text);
                }
            }
            else if (item.ValueKind != JsonValueKind.Null)
            {
                WrongType(Item(Path(parent, name), index), "a string", item);
            }

            index++;
        }

        return items;
    }

    /// <summary>
    /// A number, also when written as a string ("45000", as many exporters do); <c>null</c> and an error otherwise.
    /// </summary>
    public decimal? Number(JsonElement value, string field)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetDecimal(out var number):
                return number;
            case JsonValueKind.Number:
                Error(field, $"the number {value.GetRawText()} is out of range");
                return null;
            case JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            case JsonValueKind.String:
                Error(field, $"'{Clip(value.GetString()!)}' is not a number");
                return null;
            default:
                WrongType(field, "a number", value);
                return null;
        }
    }

    public static string Invariant(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Shortens user text quoted in a message, so a 4 MB field does not make a 4 MB error.</summary>
    public static string Clip(string text, int max = 60) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    // A present but wrongly typed value has had its error already; "is required" would only add noise.
    private static bool HasProblemAt(JsonElement container, string name) =>
        TryGet(container, name, out var value) && value.ValueKind != JsonValueKind.String;
}
