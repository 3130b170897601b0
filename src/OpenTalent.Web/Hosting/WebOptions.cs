namespace OpenTalent.Web.Hosting;

/// <summary>Settings of the web app, bound from <c>OpenTalent:Web</c>.</summary>
public sealed class WebOptions
{
    public const string Section = "OpenTalent:Web";

    /// <summary>The largest request body accepted, in bytes (413 above it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests a caller (API key, account, or IP address when anonymous) may make per window.</summary>
    public int PermitsPerWindow { get; set; } = 300;

    /// <summary>Sign-in and sign-up attempts an IP address may make per window.</summary>
    public int SignInPermitsPerWindow { get; set; } = 10;

    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Wrong passwords for one email address, from anywhere, before it is locked for a while.</summary>
    public int SignInFailuresPerAccount { get; set; } = 5;

    /// <summary>The window in which those failures count, and so the longest an address stays locked.</summary>
    public int SignInLockoutMinutes { get; set; } = 15;

    /// <summary>Fill an empty database with the generated demo on start (<c>opentalent serve --demo</c>).</summary>
    public bool Demo { get; set; }

    /// <summary>How long a public search's results are reused for the same query; 0 turns the cache off.</summary>
    public int SearchCacheSeconds { get; set; } = 30;

    /// <summary>The most distinct searches remembered at once.</summary>
    public int SearchCacheEntries { get; set; } = 5000;

    /// <summary>Load the text models and the match index in the background on start, so the first match is fast.</summary>
    public bool WarmUp { get; set; } = true;
}
