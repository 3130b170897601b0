namespace OpenTalent.Core.Workforce;

/// <summary>
/// Count samplers by inversion of one uniform: for a fixed uniform the count never falls as the mean rises, which
/// keeps runs with more inflow comparable draw for draw (common random numbers).
/// </summary>
internal static class Sampling
{
    /// <summary>Above this mean, exp(-mean) nears underflow and the normal approximation is exact to a count or so.</summary>
    private const double NormalAbove = 500;

    /// <param name="noneChance">exp(-mean), computed once by the caller, who draws many counts with the same mean.</param>
    public static int Poisson(double mean, double noneChance, double uniform)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > NormalAbove)
        {
            return Math.Max(0, (int)Math.Floor(mean + (Math.Sqrt(mean) * Probit(uniform)) + 0.5));
        }

        var k = 0;
        var p = noneChance;
        var cumulative = p;
        while (uniform > cumulative && p > 0)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }

        return k;
    }

    public static int Binomial(int trials, double probability, double uniform)
    {
        if (trials <= 0 || probability <= 0)
        {
            return 0;
        }

        if (probability >= 1)
        {
            return trials;
        }

        var mean = trials * probability;
        if (mean > NormalAbove && trials - mean > NormalAbove)
        {
            var k = (int)Math.Floor(mean + (Math.Sqrt(mean * (1 - probability)) * Probit(uniform)) + 0.5);
            return Math.Clamp(k, 0, trials);
        }

        var odds = probability / (1 - probability);
        var successes = 0;
        var term = Math.Pow(1 - probability, trials);
        if (term == 0)
        {
            // Underflow: only reachable when the failures side is the large one; sample the complement instead.
            return trials - Binomial(trials, 1 - probability, 1 - uniform);
        }

        var cumulative = term;
        while (uniform > cumulative && successes < trials)
        {
            term *= odds * (trials - successes) / (successes + 1);
            successes++;
            cumulative += term;
        }

        return successes;
    }

    /// <summary>The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).</summary>
    public static double Probit(double p)
    {
        p = Math.Clamp(p, 1e-300, 1 - 1e-16);
        const double low = 0.02425;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
        }

        if (p > 1 - low)
        {
            return -Probit(1 - p);
        }

        var r = p - 0.5;
        var s = r * r;
        return (((((-3.969683028665376e+01 * s + 2.209460984245205e+02) * s - 2.759285104469687e+02) * s + 1.383577518672690e+02) * s - 3.066479806614716e+01) * s + 2.506628277459239e+00) * r
            / (((((-5.447609879822406e+01 * s + 1.615858368580409e+02) * s - 1.556989798598866e+02) * s + 6.680131188303614e+01) * s - 1.328068155280180e+01) * s + 1);
    }
}
