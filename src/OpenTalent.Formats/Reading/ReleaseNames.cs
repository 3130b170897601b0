namespace OpenTalent.Formats.Reading;

internal static class ReleaseNames
{
    /// <summary>The release of files that do not say which release they are.</summary>
    public const string Unknown = "unknown";
}
