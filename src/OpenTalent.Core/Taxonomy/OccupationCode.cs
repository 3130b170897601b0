using System.Text.RegularExpressions;

namespace OpenTalent.Core.Taxonomy;

public enum CodeScheme
{
    /// <summary>O*NET-SOC 2019, for example 15-1252.00.</summary>
    OnetSoc,
    /// <summary>SOC 2018 detailed or group code, for example 15-1252.</summary>
    Soc,
    /// <summary>ESCO occupation concept URI.</summary>
    EscoUri,
    /// <summary>ISCO-08 group, one to four digits.</summary>
    Isco,
    /// <summary>A code that only has meaning inside its source, such as a starter-taxonomy slug.</summary>
    Local,
}

/// <summary>One code of an occupation in one classification scheme. Validated on construction.</summary>
public sealed partial record OccupationCode
{
    public OccupationCode(CodeScheme scheme, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (!IsValid(scheme, trimmed))
        {
            throw new ArgumentException($"'{value}' is not a valid {SchemeName(scheme)} code.", nameof(value));
        }

        Scheme = scheme;
        Value = trimmed;
    }

    public CodeScheme Scheme { get; }

    public string Value { get; }

    public static bool IsValid(CodeScheme scheme, string value) => scheme switch
    {
        CodeScheme.OnetSoc => OnetSocPattern().IsMatch(value),
        CodeScheme.Soc => SocPattern().IsMatch(value),
        CodeScheme.Isco => IscoPattern().IsMatch(value),
        CodeScheme.EscoUri => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps),
        CodeScheme.Local => value.Length is > 0 and <= 200 && !value.Any(char.IsWhiteSpace),
        _ => false,
    };

    /// <summary>The SOC code an O*NET-SOC code rolls up to: 15-1252.00 → 15-1252.</summary>
    public static string SocOfOnetSoc(string onetSocCode) =>
        OnetSocPattern().IsMatch(onetSocCode)
            ? onetSocCode[..7]
            : throw new ArgumentException($"'{onetSocCode}' is not a valid O*NET-SOC code.", nameof(onetSocCode));

    public static string SchemeName(CodeScheme scheme) => scheme switch
    {
        CodeScheme.OnetSoc => "O*NET-SOC",
        CodeScheme.Soc => "SOC",
        CodeScheme.EscoUri => "ESCO URI",
        CodeScheme.Isco => "ISCO",
        CodeScheme.Local => "local",
        _ => scheme.ToString(),
    };

    public override string ToString() => $"{SchemeName(Scheme)} {Value}";

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    private static partial Regex OnetSocPattern();

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex SocPattern();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex IscoPattern();
}
