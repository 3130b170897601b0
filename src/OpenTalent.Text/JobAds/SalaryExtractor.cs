using System.Text.RegularExpressions;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// Finds the pay a posting offers: every amount written with a currency is a candidate, scored by its
/// context (a "salary" label, a range, a stated period) and dropped when the context says it is something
/// else ("$5M funding", "$1,000 learning budget"). Figures without a currency ("401(k)", "500 employees",
/// "2024", "24/7") are never salaries.
/// </summary>
internal static partial class SalaryExtractor
{
    // Codes are matched in capitals only, which also keeps the pattern's possible first characters few.
    private const string Currency = "(?-i:" + Currencies.CodePattern + @"|(?:US|CA|C|AU|A|NZ|SG|S|HK|R)?[$£€¥₹]|Rs\.?)";

    private const string Number = @"(?:\d{1,2}(?:,\d{2}){1,4},\d{3}|\d{1,3}(?:[,.'\u00A0\u202F ]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)";

    private const int ContextBefore = 60;
    private const int ContextAfter = 40;

    [GeneratedRegex(
        "(?:(?<cur1>" + Currency + @")\s?)?(?<![\d.,])(?<a1>" + Number + @")(?<k1>\s?k(?![\p{L}\d]))?(?:\s?(?<cur1b>" + Currency + @"))?" +
        @"(?:\s*(?:-|–|—|to|and)\s*(?:(?<cur2>" + Currency + @")\s?)?(?<a2>" + Number + @")(?<k2>\s?k(?![\p{L}\d]))?)?" +
        @"(?<plus>\+)?(?:\s?(?<cur3>" + Currency + @"))?(?![\p{L}\d%])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(?:up\s+to|from|starting\s+(?:at|from)|at\s+least|minimum\s+of|between)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Qualifier();

    [GeneratedRegex(
        @"\G[ \t]*(?:\(\s*)?(?:(?:base|gross|net|brutto|netto|brut|salary|pay|total|plus|DOE|OTE)\s+)?(?:(?:per|a|an|each|every|/|pro|par|por|al|la)\s*(?<p>hour|hr|h|day|d|week|wk|month|mo|mth|year|yr|y|annum|stunde|heure|hora|monat|mois|mes|mês|jahr|an|año|ano)\b|(?<p>p\.?\s?a\.?|pa|p/h|ph|pcm|annually|annual|yearly|hourly|daily|weekly|monthly|monatlich|jährlich|mensuel|annuel|mensual|anual|mensal|miesięcznie|rocznie)(?![\p{L}\d]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PeriodAfter();

    [GeneratedRegex(
        @"\b(?<p>hourly|per\s+hour|an\s+hour|day\s+rate|daily|per\s+day|weekly|per\s+week|monthly|per\s+month|annual|annually|yearly|per\s+annum|per\s+year)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft)]
    private static partial Regex PeriodBefore();

    // "£95,000 + bonus", "$150k plus equity", "$95,000 + super": a figure followed by an add-on is the pay itself.
    [GeneratedRegex(@"^\s*(?:\+|plus|&)\s*(?:an?\s+)?(?:annual\s+)?(?:bonus|equity|super(?:annuation)?|benefits|commission|stock|RSUs?|shares|options)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayAddOn();

    [GeneratedRegex(@"\b(?:salary|salaries|pay|paid|compensation|comp|wages?|rate|base|OTE|remuneration|package|earn|earning|range|income|gehalt|lohn|vergütung|brutto|salaire|rémunération|salario|sueldo|retribuzione)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayWord();

    [GeneratedRegex(
        @"\b(?:bonus(?:es)?|budget|allowance|funding|funded|raised|raise|revenue|valuation|reimburs\w*|401|equity|relocation|referral|signing|sign-on|credit|gym|wellness|learning|training|conference|insurance|stipend|donat\w*|charity|invest\w*|ARR|customers|worth|grant|prize|fee|fees|price|pricing|cost|costs|spend|sales|deals?|contracts?\s+worth|million|billion|mn|bn)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherMoneyWord();

    [GeneratedRegex(
        @"(?<![\w.])(?<a1>\d{1,2}(?:\.\d{1,2})?)\s*(?:(?:-|–|to)\s*(?<a2>\d{1,2}(?:\.\d{1,2})?)\s*)?(?:LPA|lakhs?|lacs?)(?:\s+per\s+annum)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Lakhs();

    public static SalaryRange? Extract(string text, string? country)
    {
        Candidate? best = null;
        for (var match = Amount().Match(text); match.Success; match = match.NextMatch())
        {
            if (Read(text, match, country) is { } candidate && (best is null || candidate.Score > best.Value.Score))
            {
                best = candidate;
            }
        }

        for (var match = Lakhs().Match(text); match.Success; match = match.NextMatch())
        {
            if (ReadLakhs(text, match) is { } candidate && (best is null || candidate.Score > best.Value.Score))
            {
                best = candidate;
            }
        }

        return best?.Salary;
    }

    private static Candidate? Read(string text, Match match, string? country)
    {
        // An amount glued to a word or another number ("A5", "1.5.2") is no amount.
        if (match.Index > 0 && (char.IsLetterOrDigit(text[match.Index - 1]) || text[match.Index - 1] is '$' or '£' or '€' or '¥' or '₹' or '.' or ','))
        {
            return null;
        }

        var cur1 = match.Groups["cur1"];
        var cur2 = match.Groups["cur2"];
        var cur3 = match.Groups["cur3"];
        var cur1b = match.Groups["cur1b"];
        var currencyText = cur3.Success ? cur3.ValueSpan : cur1.Success ? cur1.ValueSpan : cur1b.Success ? cur1b.ValueSpan : cur2.Success ? cur2.ValueSpan : default;
        if (currencyText.IsEmpty || CurrencyOf(currencyText, country) is not { } currency)
        {
            return null;
        }

        if (!AmountText.TryParse(match.Groups["a1"].ValueSpan, out var low))
        {
            return null;
        }

        var a2 = match.Groups["a2"];
        var k1 = match.Groups["k1"].Success;
        var k2 = match.Groups["k2"].Success;
        var high = low;
        var isRange = a2.Success && AmountText.TryParse(a2.ValueSpan, out high);
        if (k1)
        {
            low *= 1000;
        }

        if (isRange)
        {
            high *= k2 || (k1 && high < 1000) ? 1000 : 1;
            // "120-150k": the "k" written once belongs to both ends.
            if (k2 && !k1 && low < 1000 && high >= 1000)
            {
                low *= 1000;
            }

            if (high < low)
            {
                isRange = false;
            }
        }

        if (!isRange)
        {
            high = low;
        }

        var end = isRange ? match.Index + match.Length : match.Groups["a1"].Index + match.Groups["a1"].Length + (k1 ? match.Groups["k1"].Length : 0);
        if (!isRange && cur1b.Success)
        {
            end = cur1b.Index + cur1b.Length;
        }

        if (!isRange && cur3.Success)
        {
            end = match.Index + match.Length;
        }

        var before = Window(text, match.Index - ContextBefore, match.Index);
        var after = Window(text, end, end + ContextAfter);
        var period = PeriodAfter().Match(text, end);
        PayPeriod? stated = null;
        if (period.Success)
        {
            stated = PeriodOf(period.Groups["p"].ValueSpan);
            end = period.Index + period.Length;
        }
        else if (PeriodBefore().Match(before) is { Success: true } earlier)
        {
            stated = PeriodOf(earlier.Groups["p"].ValueSpan);
        }

        var payWord = PayWord().IsMatch(before) || PayAddOn().IsMatch(after);
        var qualifier = Qualifier().Match(before);
        var otherMoney = OtherMoneyWord().IsMatch(ClauseBefore(before)) || OtherMoneyWord().IsMatch(ClauseAfter(after));
        if (otherMoney && !payWord && !period.Success)
        {
            return null;
        }

        // A small lone figure with nothing that says "pay" is more often a price or a perk than a salary;
        // a yearly-sized one ("80.000 €") or a bounded one ("from £30,000") reads as pay.
        var scale = Currencies.Scale(currency);
        var qualified = qualifier.Success || match.Groups["plus"].Success;
        if (stated is null && !payWord && !isRange && !k1 && !qualified && !Gazetteer.IsUpperCode(currencyText) && high / scale < 10_000)
        {
            return null;
        }

        var inferred = stated is null;
        var payPeriod = stated ?? InferPeriod(high / scale, Currencies.QuotesMonthly(currency));
        var annual = high * SalaryRange.PeriodsPerYear(payPeriod) / scale;
        if (low <= 0 || annual < 1_000 || annual > 3_000_000)
        {
            return null;
        }

        var bound = isRange ? SalaryBound.Range : BoundOf(qualifier.ValueSpan.Trim(), match.Groups["plus"].Success);
        var score = (payWord ? 4 : 0) + (isRange ? 2 : 0) + (inferred ? 0 : 2) + (k1 || k2 ? 1 : 0) - (otherMoney ? 3 : 0);
        var salary = new SalaryRange(low, high, currency, payPeriod, new TextSpan(match.Index, end), inferred, bound);
        return new Candidate(salary, score);
    }

    private static Candidate? ReadLakhs(string text, Match match)
    {
        if (!AmountText.TryParse(match.Groups["a1"].ValueSpan, out var low))
        {
            return null;
        }

        var high = match.Groups["a2"].Success && AmountText.TryParse(match.Groups["a2"].ValueSpan, out var a2) && a2 >= low ? a2 : low;
        if (low <= 0)
        {
            return null;
        }

        const decimal Lakh = 100_000m;
        var bound = high > low ? SalaryBound.Range : SalaryBound.Exact;
        var salary = new SalaryRange(low * Lakh, high * Lakh, "INR", PayPeriod.Year, new TextSpan(match.Index, match.Index + match.Length), periodInferred: false, bound);
        var payWord = PayWord().IsMatch(Window(text, match.Index - ContextBefore, match.Index));
        return new Candidate(salary, 3 + (payWord ? 4 : 0));
    }

    private static string? CurrencyOf(ReadOnlySpan<char> text, string? country)
    {
        var last = text[^1];
        if (last is '$' or '£' or '€' or '¥' or '₹')
        {
            return Currencies.FromSymbol(text[..^1], last, country);
        }

        return text.StartsWith("Rs", StringComparison.OrdinalIgnoreCase) ? "INR" : text.ToString().ToUpperInvariant();
    }

    private static PayPeriod PeriodOf(ReadOnlySpan<char> word)
    {
        var w = word.ToString().ToLowerInvariant();
        return w switch
        {
            "hour" or "hr" or "h" or "p/h" or "ph" or "hourly" or "per hour" or "an hour" => PayPeriod.Hour,
            "day" or "d" or "daily" or "day rate" or "per day" => PayPeriod.Day,
            "week" or "wk" or "weekly" or "per week" => PayPeriod.Week,
            "month" or "mo" or "mth" or "pcm" or "monthly" or "per month" or "monat" or "mois" or "mes" or "mês" or "monatlich" or "mensuel" or "mensual" or "mensal" or "miesięcznie" => PayPeriod.Month,
            "stunde" or "heure" or "hora" => PayPeriod.Hour,
            _ when w.StartsWith("per ", StringComparison.Ordinal) && w.EndsWith("hour", StringComparison.Ordinal) => PayPeriod.Hour,
            _ when w.StartsWith("per ", StringComparison.Ordinal) && w.EndsWith("day", StringComparison.Ordinal) => PayPeriod.Day,
            _ when w.StartsWith("per ", StringComparison.Ordinal) && w.EndsWith("week", StringComparison.Ordinal) => PayPeriod.Week,
            _ when w.StartsWith("per ", StringComparison.Ordinal) && w.EndsWith("month", StringComparison.Ordinal) => PayPeriod.Month,
            _ => PayPeriod.Year,
        };
    }

    // Without a stated period the size decides, in US-dollar terms: 45 is an hourly rate, 500 a day rate,
    // 4,500 a monthly salary and 60,000 a yearly one. The result is flagged as inferred.
    // Where pay is customarily quoted by the month (Poland, Brazil, ...) a figure below 50,000 is monthly.
    private static PayPeriod InferPeriod(decimal amount, bool quotesMonthly) => amount switch
    {
        >= 1_500 and < 50_000 when quotesMonthly => PayPeriod.Month,
        < 300 => PayPeriod.Hour,
        < 1_500 => PayPeriod.Day,
        < 10_000 => PayPeriod.Month,
        _ => PayPeriod.Year,
    };

    private static SalaryBound BoundOf(ReadOnlySpan<char> qualifier, bool plus)
    {
        if (qualifier.StartsWith("up", StringComparison.OrdinalIgnoreCase))
        {
            return SalaryBound.UpTo;
        }

        return plus || !qualifier.IsEmpty && !qualifier.StartsWith("between", StringComparison.OrdinalIgnoreCase) ? SalaryBound.AtLeast : SalaryBound.Exact;
    }

    private static string Window(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    // The context that speaks about an amount ends at a sentence or line break.
    private static string ClauseBefore(string before)
    {
        var cut = before.LastIndexOfAny(['\n', '.', ';', '•']);
        return cut < 0 ? before : before[(cut + 1)..];
    }

    private static string ClauseAfter(string after)
    {
        var cut = after.IndexOfAny(['\n', ';', '•', '.', ',']);
        return cut < 0 ? after : after[..cut];
    }

    private readonly record struct Candidate(SalaryRange Salary, int Score);
}
