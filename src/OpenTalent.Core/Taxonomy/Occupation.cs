namespace OpenTalent.Core.Taxonomy;

public enum TitleKind
{
    Preferred,
    Alternate,
    ShortTitle,
    Reported,
}

public sealed record OccupationTitle
{
    public OccupationTitle(string text, TitleKind kind)
    {
        Text = Guard.NotBlank(text, nameof(text), maxLength: 500);
        Kind = kind;
    }

    public string Text { get; }

    public TitleKind Kind { get; }
}

public sealed record OccupationTask
{
    public OccupationTask(string text, bool isCore)
    {
        Text = Guard.NotBlank(text, nameof(text), maxLength: 4000);
        IsCore = isCore;
    }

    public string Text { get; }

    public bool IsCore { get; }
}

/// <summary>
/// An occupation as one source describes it. <see cref="Key"/> identifies it within its source
/// (the O*NET-SOC code, the ESCO URI, a starter slug); <see cref="Codes"/> place it in every scheme the source knows.
/// </summary>
public sealed class Occupation
{
    public Occupation(
        string key,
        string title,
        string? description,
        IEnumerable<OccupationCode> codes,
        IEnumerable<OccupationTitle>? titles = null,
        IEnumerable<OccupationTask>? tasks = null,
        int? jobZone = null)
    {
        Key = Guard.NotBlank(key, nameof(key), maxLength: 300);
        Title = Guard.NotBlank(title, nameof(title), maxLength: 500);
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Codes = codes.Distinct().ToArray();
        if (Codes.Count == 0)
        {
            throw new ArgumentException($"Occupation '{key}' needs at least one code.", nameof(codes));
        }

        // The preferred title is always present exactly once, so lookups by any title find the occupation.
        // Other titles are kept unless exactly repeated: sources list case variants ("CNC machinist", "cnc machinist") as distinct labels.
        var allTitles = new List<OccupationTitle> { new(Title, TitleKind.Preferred) };
        var seen = new HashSet<(string, TitleKind)> { (Title, TitleKind.Preferred) };
        foreach (var t in titles ?? [])
        {
            if (t.Kind != TitleKind.Preferred && seen.Add((t.Text, t.Kind)))
            {
                allTitles.Add(t);
            }
        }

        Titles = allTitles;
        Tasks = tasks?.ToArray() ?? [];
        if (jobZone is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(jobZone), jobZone, "Job zone runs from 1 to 5.");
        }

        JobZone = jobZone;
    }

    public string Key { get; }

    public string Title { get; }

    public string? Description { get; }

    public IReadOnlyList<OccupationCode> Codes { get; }

    public IReadOnlyList<OccupationTitle> Titles { get; }

    public IReadOnlyList<OccupationTask> Tasks { get; }

    public int? JobZone { get; }

    public string? CodeIn(CodeScheme scheme) => Codes.FirstOrDefault(c => c.Scheme == scheme)?.Value;
}
