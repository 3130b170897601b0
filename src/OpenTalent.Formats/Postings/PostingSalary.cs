using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Postings;

/// <summary>
/// <c>baseSalary</c>, or <c>estimatedSalary</c> when there is no base salary: a schema.org MonetaryAmount whose value
/// is a number or a QuantitativeValue (<c>value</c>, or <c>minValue</c>/<c>maxValue</c>, and <c>unitText</c>).
/// When the value is a bare number, the unit is read from a <c>unitText</c> on the MonetaryAmount itself.
/// </summary>
internal static class PostingSalary
{
    public static PostedSalary? Read(JsonFields fields, JsonElement posting)
    {
        var name = JsonFields.TryGet(posting, "baseSalary", out var amount) ? "baseSalary"
            : JsonFields.TryGet(posting, "estimatedSalary", out amount) ? "estimatedSalary"
            : null;
        if (name is null)
        {
            return null;
        }

        // Several amounts are allowed by schema.org; the first is the one a job board shows.
        var path = name;
        if (amount.ValueKind == JsonValueKind.Array)
        {
            if (amount.GetArrayLength() == 0)
            {
                return null;
            }

            path = JsonFields.Item(name, 0);
            amount = amount[0];
        }

        if (amount.ValueKind != JsonValueKind.Object)
        {
            fields.WrongType(path, "a MonetaryAmount object", amount);
            return null;
        }

        var currency = MoneyFields.Currency(fields, amount, path);
        var range = Range(fields, amount, path);
        return currency is null || range is null ? null : new PostedSalary(currency, range.Value.Min, range.Value.Max, range.Value.Unit);
    }

    private static (decimal Min, decimal Max, string Unit)? Range(JsonFields fields, JsonElement amount, string path)
    {
        if (!JsonFields.TryGet(amount, "value", out var value))
        {
            fields.Required(JsonFields.Path(path, "value"), "is required (a number or a QuantitativeValue)");
            return null;
        }

        var valuePath = JsonFields.Path(path, "value");
        if (value.ValueKind != JsonValueKind.Object)
        {
            if (value.ValueKind is not (JsonValueKind.Number or JsonValueKind.String))
            {
                fields.WrongType(valuePath, "a number or a QuantitativeValue object", value);
                return null;
            }

            var single = NonNegative(fields, value, valuePath);
            var unitOfAmount = MoneyFields.Period(fields, amount, path, "unitText");
            return single is null || unitOfAmount is null ? null : (single.Value, single.Value, unitOfAmount);
        }

        var exact = Amount(fields, value, valuePath, "value");
        var min = Amount(fields, value, valuePath, "minValue");
        var max = Amount(fields, value, valuePath, "maxValue");
        var unit = MoneyFields.Period(fields, value, valuePath, "unitText");
        if (exact is null && min is null && max is null)
        {
            if (!JsonFields.TryGet(value, "value", out _) && !JsonFields.TryGet(value, "minValue", out _) && !JsonFields.TryGet(value, "maxValue", out _))
            {
                fields.Required(valuePath, "needs value, or minValue and maxValue");
            }

            return null;
        }

        var low = min ?? exact ?? max!.Value;
        var high = max ?? exact ?? min!.Value;
        if (low > high)
        {
            fields.Error(JsonFields.Path(valuePath, min is not null ? "minValue" : "value"), $"{JsonFields.Invariant(low)} is greater than maxValue {JsonFields.Invariant(high)}");
            return null;
        }

        return unit is null ? null : (low, high, unit);
    }

    private static decimal? Amount(JsonFields fields, JsonElement quantity, string path, string name) =>
        JsonFields.TryGet(quantity, name, out var value) ? NonNegative(fields, value, JsonFields.Path(path, name)) : null;

    private static decimal? NonNegative(JsonFields fields, JsonElement value, string field)
    {
        var number = fields.Number(value, field);
        if (number < 0)
        {
            fields.Error(field, $"{JsonFields.Invariant(number.Value)} is negative; a salary cannot be");
            return null;
        }

        return number;
    }
}
