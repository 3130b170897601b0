using System.Text.RegularExpressions;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// Remote, hybrid or on-site. A labelled field ("Workplace type: Hybrid") decides; otherwise cues are
/// weighed: any hybrid cue makes the role hybrid, a denied remote ("not remote") makes it on-site, and
/// remote beats a passing mention of the office. "Remote" as an adjective of other things ("remote
/// sensing", "hybrid cloud", "distributed systems") is no cue.
/// </summary>
internal static partial class ArrangementExtractor
{
    [GeneratedRegex(
        @"(?im)^[ \t*•\-]*(?:workplace|work|working|location|job|remote)[ \t]*(?:type|arrangement|model|policy|setup|option)s?[ \t]*[:\-–|][ \t]*(?<v>[^\n]{1,60})")]
    private static partial Regex Field();

    [GeneratedRegex(
        @"\b(?:not|no|non)[ -](?:a[ ]|fully[ ])?remote\b|\bremote\s+(?:work\s+)?(?:is\s+)?not\s+(?:available|possible|an\s+option|offered)|\bnot\s+(?:a\s+)?(?:fully\s+)?remote(?:[ -](?:role|position|job|opportunity))?\b|\bunable\s+to\s+(?:offer|support)\s+remote",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeniedRemote();

    [GeneratedRegex(
        @"\bhybrid\b(?![ -](?:cloud|apps?|mobile|vehicles?|cars?|models?|infrastructure|integration|solutions?|architecture|systems?|search|approach(?:es)?|workloads?|environments?\s+(?:on|across)|deployments?|networks?|storage|app)\b)|\b(?:[1-4]|one|two|three|four)\s*(?:days?|x)\s*(?:(?:a|per|each)\s+week\s+)?(?:in|at|from)\s+(?:the\s+|our\s+)?office\b|\b(?:in|at)\s+(?:the\s+)?office\s+(?:[1-4]|one|two|three|four)\s+days?\b|\bpartially\s+remote\b|\bpartly\s+remote\b|\bsplit\s+between\s+(?:home|remote)\s+and\s+(?:the\s+)?office\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hybrid();

    [GeneratedRegex(
        @"\b(?:fully|100\s?%|completely|entirely|full)[ -]remote\b|\bremote[ -]first\b|\bremote[ -](?:friendly|ok|eligible|only|role|position|job|opportunity|work(?:ing|er)?|based|employee)\b|\bwork(?:ing)?[ -](?:from|at)[ -](?:home|anywhere)\b|\bWFH\b|\bwork\s+remotely\b|\btele(?:commut|work)\w*|\bhome[ -]based\b|\b(?:fully\s+)?distributed\s+(?:team|company|workforce|organi[sz]ation)\b|\b(?:is|be)\s+(?:a\s+)?(?:fully\s+)?remote\b|\bremote\s+(?:in|within|from|across|anywhere)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Remote();

    // "Remote" as a label, written with a capital: "Remote (US)", "Remote - EMEA", "Engineer | Remote", a line
    // that is just "Remote". Lower-case "remote - the team" in running text is no label.
    [GeneratedRegex(
        @"\bRemote\b(?:\s*\(|\s*[-–—,:|/]\s*[A-Z])|(?:^|[-–—|,(/:]\s*)Remote\b\)?[ \t]*$|^[ \t]*REMOTE[ \t]*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex RemoteLabel();

    [GeneratedRegex(
        @"\b(?:on[ -]?site|in[ -]office|office[ -]based|in[ -]person)\b(?![ -](?:visits?|interviews?|support|training|events?|meetings?)\b)|\b5\s+days\s+(?:a\s+week\s+)?in\s+(?:the\s+)?office\b|\bbased\s+(?:in|at)\s+our\s+\w+\s+office\b|\bwork(?:ing)?\s+from\s+(?:the\s+|our\s+)?office\b(?!\s+(?:[1-4]|one|two|three|four)\s+days)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnSite();

    public static WorkArrangement Extract(string text)
    {
        var field = Field().Match(text);
        if (field.Success && FromFieldValue(field.Groups["v"].Value) is var labelled && labelled != WorkArrangement.Unspecified)
        {
            return labelled;
        }

        return FromCues(text);
    }

    /// <summary>The arrangement a short text such as a location line states ("London (hybrid)", "Remote (US)").</summary>
    public static WorkArrangement FromCues(string text)
    {
        if (Hybrid().IsMatch(text))
        {
            return WorkArrangement.Hybrid;
        }

        if (DeniedRemote().IsMatch(text))
        {
            return WorkArrangement.OnSite;
        }

        if (Remote().IsMatch(text) || RemoteLabel().IsMatch(text))
        {
            return WorkArrangement.Remote;
        }

        return OnSite().IsMatch(text) ? WorkArrangement.OnSite : WorkArrangement.Unspecified;
    }

    // A labelled value is the arrangement itself, so plain words suffice, in any case.
    private static WorkArrangement FromFieldValue(string value)
    {
        var cued = FromCues(value);
        if (cued != WorkArrangement.Unspecified)
        {
            return cued;
        }

        var v = value.AsSpan().Trim();
        if (v.StartsWith("remote", StringComparison.OrdinalIgnoreCase))
        {
            return WorkArrangement.Remote;
        }

        return v.StartsWith("office", StringComparison.OrdinalIgnoreCase) || v.StartsWith("on site", StringComparison.OrdinalIgnoreCase)
            ? WorkArrangement.OnSite
            : WorkArrangement.Unspecified;
    }
}
