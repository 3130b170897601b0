using System.Globalization;
using System.Text;

namespace OpenTalent.Formats.Demo;

/// <summary>Fictional people: a common first and last name, and addresses that can never reach anyone.</summary>
public static class DemoNames
{
    public static string Person(Random random) =>
        DemoCatalog.FirstNames[random.Next(DemoCatalog.FirstNames.Length)] + " " + DemoCatalog.LastNames[random.Next(DemoCatalog.LastNames.Length)];

    /// <summary>"Zoë O'Brien" → "zoe.obrien": ASCII letters only, as mailboxes are.</summary>
    public static string EmailLocalPart(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                builder.Append('.');
            }
            else if (c == 'ß')
            {
                builder.Append("ss");
            }
        }

        return builder.ToString();
    }

    /// <summary>A number in the 555-01xx block set aside for fiction (US) or an obviously unassigned one elsewhere.</summary>
    internal static string Phone(Random random, DemoCity city) => city.Country switch
    {
        "US" or "CA" => string.Create(CultureInfo.InvariantCulture, $"+1 {random.Next(201, 990)}-555-01{random.Next(100):00}"),
        "GB" => string.Create(CultureInfo.InvariantCulture, $"+44 20 7946 0{random.Next(1000):000}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"+{(city.Country == "DE" ? 49 : 353)} 30 555 0{random.Next(1000):000}"),
    };
}
