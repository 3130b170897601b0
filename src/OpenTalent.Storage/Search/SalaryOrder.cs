namespace OpenTalent.Storage.Search;

/// <summary>
/// Salary order in memory, the same as the store's SQL: the top of the pay range in the query's currency, highest
/// first; postings without pay in that currency last; newest first among equals.
/// </summary>
internal static class SalaryOrder
{
    public static List<StoredHit> Sort(IReadOnlyList<StoredHit> rows, string currency)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sorted = new List<StoredHit>(rows);
        sorted.Sort((a, b) =>
        {
            var byPay = Nullable.Compare(Pay(b, currency), Pay(a, currency));
            return byPay != 0 ? byPay : b.Id.CompareTo(a.Id);
        });
        return sorted;
    }

    /// <summary>Null sorts below every number, so "highest first" puts postings without such pay last.</summary>
    private static double? Pay(StoredHit row, string currency) =>
        string.Equals(row.SalaryCurrency, currency, StringComparison.Ordinal) ? row.SalaryMax : null;
}
