namespace OpenTalent.Formats.Esco;

internal static class EscoLabels
{
    private static readonly string[] Separators = ["\r\n", "\n", " | "];

    /// <summary>
    /// The labels of an altLabels cell. The full files put one label per line; the skill collections
    /// separate them with " | ". No ESCO label contains either separator, so both are split everywhere.
    /// </summary>
    public static string[] Split(string? cell) =>
        string.IsNullOrWhiteSpace(cell)
            ? []
            : cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
