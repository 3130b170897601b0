using OpenTalent.Core.Understanding;
using OpenTalent.Text.JobAds;

namespace OpenTalent.Text.Tests.JobAds;

public class SalaryParsingTests
{
    [Theory]
    [InlineData("Salary: $120,000 - $150,000 a year", 120000, 150000, "USD", PayPeriod.Year, false)]
    [InlineData("Compensation: $120k–150k base", 120000, 150000, "USD", PayPeriod.Year, true)]
    [InlineData("The range is 120-150k USD depending on experience.", 120000, 150000, "USD", PayPeriod.Year, true)]
    [InlineData("£45,000 per annum plus benefits", 45000, 45000, "GBP", PayPeriod.Year, false)]
    [InlineData("We pay €60k.", 60000, 60000, "EUR", PayPeriod.Year, true)]
    [InlineData("EUR 4,500 per month (gross)", 4500, 4500, "EUR", PayPeriod.Month, false)]
    [InlineData("Rate: $45/hr on W2", 45, 45, "USD", PayPeriod.Hour, false)]
    [InlineData("Pay is 45 USD per hour.", 45, 45, "USD", PayPeriod.Hour, false)]
    [InlineData("Day rate: $500 a day, outside IR35", 500, 500, "USD", PayPeriod.Day, false)]
    [InlineData("Gehalt: 80.000 € brutto im Jahr", 80000, 80000, "EUR", PayPeriod.Year, true)]
    [InlineData("Stipend of $1.5k per month for interns", 1500, 1500, "USD", PayPeriod.Month, false)]
    [InlineData("Salary between $90,000 and $110,000 annually.", 90000, 110000, "USD", PayPeriod.Year, false)]
    [InlineData("CAD 85,000 to 95,000 per year", 85000, 95000, "CAD", PayPeriod.Year, false)]
    [InlineData("A$110k - A$130k + super", 110000, 130000, "AUD", PayPeriod.Year, true)]
    [InlineData("CHF 120'000 p.a.", 120000, 120000, "CHF", PayPeriod.Year, false)]
    [InlineData("₹18,00,000 per annum", 1800000, 1800000, "INR", PayPeriod.Year, false)]
    [InlineData("Salary: ¥6,000,000 - ¥8,000,000", 6000000, 8000000, "JPY", PayPeriod.Year, true)]
    [InlineData("SGD 6,000 - 8,000 monthly", 6000, 8000, "SGD", PayPeriod.Month, false)]
    [InlineData("Hourly rate: $28.50", 28.50, 28.50, "USD", PayPeriod.Hour, false)]
    [InlineData("Pay: $25 - $35", 25, 35, "USD", PayPeriod.Hour, true)]
    [InlineData("€3.500 - €4.200 brutto monatlich", 3500, 4200, "EUR", PayPeriod.Month, false)]
    [InlineData("Gehalt: €3.500 - €4.200 brutto", 3500, 4200, "EUR", PayPeriod.Month, true)]
    [InlineData("B2B: 20 000 - 26 000 PLN net", 20000, 26000, "PLN", PayPeriod.Month, true)]
    [InlineData("£95,000 - £115,000 + bonus", 95000, 115000, "GBP", PayPeriod.Year, true)]
    [InlineData("Package: 12-18 LPA", 1200000, 1800000, "INR", PayPeriod.Year, false)]
    [InlineData("$800 per week", 800, 800, "USD", PayPeriod.Week, false)]
    public void Reads_amounts_currencies_and_periods(string text, double min, double max, string currency, PayPeriod period, bool inferred)
    {
        var salary = JobAdParser.Parse(text).Salary.ShouldNotBeNull();
        (salary.Min, salary.Max, salary.Currency, salary.Period, salary.PeriodInferred).ShouldBe(((decimal)min, (decimal)max, currency, period, inferred));
    }

    [Theory]
    [InlineData("Base salary up to $90k", 90000, SalaryBound.UpTo)]
    [InlineData("Salary from £30,000", 30000, SalaryBound.AtLeast)]
    [InlineData("Compensation: $150k+ depending on level", 150000, SalaryBound.AtLeast)]
    [InlineData("Starting at $20 an hour", 20, SalaryBound.AtLeast)]
    public void One_sided_amounts_say_which_side_is_open(string text, double amount, SalaryBound bound)
    {
        var salary = JobAdParser.Parse(text).Salary.ShouldNotBeNull();
        (salary.Min, salary.Max, salary.Bound).ShouldBe(((decimal)amount, (decimal)amount, bound));
    }

    [Fact]
    public void A_dollar_in_a_Canadian_ad_is_a_Canadian_dollar() =>
        JobAdParser.Parse("Location: Toronto, ON\nSalary: $90,000 - $110,000").Salary!.Currency.ShouldBe("CAD");

    [Fact]
    public void Evidence_points_at_the_amount()
    {
        const string text = "Great team. Salary: $120k–150k per year. Apply now.";
        var salary = JobAdParser.Parse(text).Salary!;
        text[salary.Evidence.Start..salary.Evidence.End].ShouldBe("$120k–150k per year");
    }

    [Fact]
    public void The_salary_beats_a_bonus_or_a_budget_in_the_same_ad()
    {
        var salary = JobAdParser.Parse("We offer a $2,000 learning budget and a $10,000 signing bonus.\nSalary: $95,000 - $105,000 per year").Salary!;
        (salary.Min, salary.Max).ShouldBe((95000m, 105000m));
    }

    [Theory]
    [InlineData("We offer a 401(k) plan with 4% match.")]
    [InlineData("We raised $5M in funding last year.")]
    [InlineData("Backed by a $20 million Series B.")]
    [InlineData("We just closed our Series B and have 500 employees.")]
    [InlineData("Founded in 2024, we run 24/7 operations.")]
    [InlineData("Enjoy a $500 annual wellness stipend and a $1,000 learning budget.")]
    [InlineData("Help us grow from $10M to $50M ARR.")]
    [InlineData("Our 401k matches up to 6%.")]
    [InlineData("You will manage a $2,000,000 marketing budget.")]
    [InlineData("Tickets cost $50.")]
    [InlineData("Version 2.5k of the app serves 120-150k users.")]
    public void Other_numbers_are_not_salaries(string text) => JobAdParser.Parse(text).Salary.ShouldBeNull();
}
