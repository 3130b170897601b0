using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTalent.Formats.Json;

namespace OpenTalent.Web;

/// <summary>One problem with one row of a bulk import: the row (line of JSON Lines or CSV, element of an array), the field, what is wrong.</summary>
public sealed record ImportRowError(int Row, string Field, string Message);

/// <summary>One posting of an upload as a schema.org JobPosting object, or the errors that kept it from being one.</summary>
/// <param name="Fatal">The upload as a whole is unusable (a bad CSV header, an array that is not JSON): skipping rows cannot help.</param>
internal sealed record PostingRow(int Row, JsonObject? Posting, IReadOnlyList<ImportRowError> Errors, bool FromCsv, bool Fatal = false);

/// <summary>
/// Splits a bulk upload into postings: JSON Lines (row = line), a JSON array (row = element, from 1), one JSON-LD
/// object (row 1), or CSV with a header row (row = the line the record starts on). CSV columns become JobPosting fields.
/// </summary>
internal static class BulkPostingRows
{
    /// <summary>The CSV columns, as documented in the README; any other header is refused.</summary>
    public static readonly string[] CsvColumns = ["title", "description", "datePosted", "validThrough", "employmentType", "location", "remote", "salaryMin", "salaryMax", "currency", "unit", "identifier"];

    public static List<PostingRow> Read(string body, bool csv, int maxRows)
    {
        if (csv)
        {
            return Csv(body, maxRows);
        }

        var trimmed = body.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '[')
        {
            return JsonArray(body, maxRows);
        }

        // One object spread over several lines is JSON-LD; otherwise each non-blank line is one object.
        if (trimmed.Length > 0 && trimmed[0] == '{' && TryParseObject(body, out var single) && single is not null)
        {
            return [new PostingRow(1, single, [], false)];
        }

        return JsonLines(body, maxRows);
    }

    private static List<PostingRow> JsonLines(string body, int maxRows)
    {
        var rows = new List<PostingRow>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length && rows.Count <= maxRows; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            rows.Add(ParseOne(i + 1, line));
        }

        return rows;
    }

    private static List<PostingRow> JsonArray(string body, int maxRows)
    {
        JsonNode? root;
        try
        {
            root = StrictJson.ParseNode(body);
        }
        catch (JsonException exception)
        {
            return [new PostingRow((int)(exception.LineNumber ?? 0) + 1, null, [new ImportRowError((int)(exception.LineNumber ?? 0) + 1, "$", "the body is not valid JSON: " + FirstSentence(exception.Message))], false, Fatal: true)];
        }

        var rows = new List<PostingRow>();
        var array = root!.AsArray();
        for (var i = 0; i < array.Count && rows.Count <= maxRows; i++)
        {
            rows.Add(array[i] is JsonObject posting
                ? new PostingRow(i + 1, (JsonObject)posting.DeepClone(), [], false)
                : new PostingRow(i + 1, null, [new ImportRowError(i + 1, "$", "must be a JobPosting object.")], false));
        }

        return rows;
    }

    private static PostingRow ParseOne(int row, string json)
    {
        try
        {
            return StrictJson.ParseNode(json) is JsonObject posting
                ? new PostingRow(row, posting, [], false)
                : new PostingRow(row, null, [new ImportRowError(row, "$", "must be a JobPosting object.")], false);
        }
        catch (JsonException exception)
        {
            return new PostingRow(row, null, [new ImportRowError(row, "$", "is not valid JSON: " + FirstSentence(exception.Message))], false);
        }
    }

    private static bool TryParseObject(string body, out JsonObject? posting)
    {
        try
        {
            posting = StrictJson.ParseNode(body) as JsonObject;
            return true;
        }
        catch (JsonException)
        {
            posting = null;
            return false;
        }
    }

    private static List<PostingRow> Csv(string body, int maxRows)
    {
        var records = CsvRecords.Parse(body);
        if (records.Count == 0 || records[0].Fields.All(string.IsNullOrWhiteSpace))
        {
            return [new PostingRow(1, null, [new ImportRowError(1, "header", $"is missing: the first line must name the columns ({string.Join(", ", CsvColumns)}).")], true, Fatal: true)];
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToArray();
        var errors = new List<ImportRowError>();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var known = Array.Find(CsvColumns, c => c.Equals(header[i], StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(new ImportRowError(1, "header", $"column {i + 1} '{header[i]}' is not one of {string.Join(", ", CsvColumns)}."));
            }
            else if (!columns.TryAdd(known, i))
            {
                errors.Add(new ImportRowError(1, "header", $"column '{known}' appears twice."));
            }
        }

        foreach (var required in new[] { "title", "description" })
        {
            if (!columns.ContainsKey(required))
            {
                errors.Add(new ImportRowError(1, "header", $"has no '{required}' column; it is required."));
            }
        }

        if (errors.Count > 0)
        {
            return [new PostingRow(1, null, errors, true, Fatal: true)];
        }

        var rows = new List<PostingRow>();
        foreach (var record in records.Skip(1))
        {
            if (rows.Count > maxRows)
            {
                break;
            }

            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(CsvPosting(record, header.Length, columns));
        }

        return rows;
    }

    private static PostingRow CsvPosting(CsvRecord record, int width, Dictionary<string, int> columns)
    {
        var errors = new List<ImportRowError>();
        if (record.Fields.Count != width)
        {
            errors.Add(new ImportRowError(record.Line, "$", $"has {record.Fields.Count} values but the header names {width} columns."));
            return new PostingRow(record.Line, null, errors, true);
        }

        string? Value(string column) => columns.TryGetValue(column, out var at) && record.Fields[at].Trim() is { Length: > 0 } text ? text : null;

        var posting = new JsonObject { ["@type"] = "JobPosting" };
        foreach (var column in new[] { "identifier", "title", "description", "datePosted", "validThrough", "employmentType" })
        {
            if (Value(column) is { } text)
            {
                posting[column] = text;
            }
        }

        if (Value("location") is { } location)
        {
            posting["jobLocation"] = Place(location);
        }

        switch (Value("remote")?.ToLowerInvariant())
        {
            case null or "false" or "no" or "0":
                break;
            case "true" or "yes" or "1" or "remote":
                posting["jobLocationType"] = "TELECOMMUTE";
                break;
            default:
                errors.Add(new ImportRowError(record.Line, "remote", $"'{Value("remote")}' must be true or false (or yes/no, 1/0)."));
                break;
        }

        var min = Amount(record.Line, "salaryMin", Value("salaryMin"), errors);
        var max = Amount(record.Line, "salaryMax", Value("salaryMax"), errors);
        if (min is not null || max is not null)
        {
            var value = new JsonObject { ["@type"] = "QuantitativeValue" };
            if (min is { } low)
            {
                value["minValue"] = low;
            }

            if (max is { } high)
            {
                value["maxValue"] = high;
            }

            value["unitText"] = (Value("unit") ?? "YEAR").ToUpperInvariant();
            var salary = new JsonObject { ["@type"] = "MonetaryAmount", ["value"] = value };
            if (Value("currency") is { } currency)
            {
                salary["currency"] = currency.ToUpperInvariant();
            }
            else
            {
                errors.Add(new ImportRowError(record.Line, "currency", "is required with a salary (an ISO 4217 code such as USD)."));
            }

            posting["baseSalary"] = salary;
        }

        return new PostingRow(record.Line, errors.Count == 0 ? posting : null, errors, true);
    }

    /// <summary>"Portland, OR, US": city, then region, then country, as many as are given.</summary>
    private static JsonObject Place(string location)
    {
        var parts = location.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        string[] keys = parts.Length == 1 ? ["addressLocality"] : parts.Length == 2 ? ["addressLocality", "addressRegion"] : ["addressLocality", "addressRegion", "addressCountry"];
        for (var i = 0; i < keys.Length; i++)
        {
            address[keys[i]] = i == keys.Length - 1 ? string.Join(", ", parts[i..]) : parts[i];
        }

        return new JsonObject { ["@type"] = "Place", ["address"] = address };
    }

    private static decimal? Amount(int line, string column, string? text, List<ImportRowError> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return amount;
        }

        errors.Add(new ImportRowError(line, column, $"'{text}' is not a non-negative number."));
        return null;
    }

    /// <summary>Where a JobPosting field came from in the CSV, so errors name the column the employer wrote.</summary>
    public static string CsvColumn(string jsonField) => jsonField switch
    {
        _ when jsonField.StartsWith("jobLocationType", StringComparison.Ordinal) => "remote",
        _ when jsonField.StartsWith("jobLocation", StringComparison.Ordinal) => "location",
        _ when jsonField.EndsWith("minValue", StringComparison.Ordinal) => "salaryMin",
        _ when jsonField.EndsWith("maxValue", StringComparison.Ordinal) => "salaryMax",
        _ when jsonField.EndsWith("unitText", StringComparison.Ordinal) => "unit",
        _ when jsonField.StartsWith("baseSalary.currency", StringComparison.Ordinal) => "currency",
        _ when jsonField.StartsWith("baseSalary", StringComparison.Ordinal) => "salaryMin",
        _ when jsonField.StartsWith("identifier", StringComparison.Ordinal) => "identifier",
        _ => jsonField,
    };

    private static string FirstSentence(string message)
    {
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        return path >= 0 ? message[..path] : message;
    }
}

/// <summary>One CSV record and the line it starts on (a quoted value may span lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>RFC 4180 CSV: commas, double-quoted values with "" for a quote, CRLF or LF line ends.</summary>
internal static class CsvRecords
{
    public static List<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(new CsvRecord(start, fields));
                    fields = [];
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(start, fields));
        }

        return records;
    }
}
