using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Storage.Taxonomy;

/// <summary>Column lists of the taxonomy tables, shared by the writer and the readers.</summary>
internal static class TaxonomyTables
{
    public static readonly Column[] Occupations =
    [
        new("id", ColumnType.BigInt), new("source", ColumnType.Text), new("key", ColumnType.Text), new("title", ColumnType.Text),
        new("description", ColumnType.Text), new("job_zone", ColumnType.SmallCount),
    ];

    public static readonly Column[] OccupationCodes =
        [new("occupation_id", ColumnType.BigInt), new("scheme", ColumnType.Text), new("code", ColumnType.Text)];

    public static readonly Column[] OccupationTitles =
    [
        new("id", ColumnType.BigInt), new("occupation_id", ColumnType.BigInt), new("title", ColumnType.Text), new("title_key", ColumnType.Text),
        new("kind", ColumnType.Text),
    ];

    public static readonly Column[] OccupationTasks =
        [new("occupation_id", ColumnType.BigInt), new("ordinal", ColumnType.SmallCount), new("task", ColumnType.Text), new("is_core", ColumnType.Boolean)];

    public static readonly Column[] Skills =
    [
        new("id", ColumnType.BigInt), new("source", ColumnType.Text), new("key", ColumnType.Text), new("label", ColumnType.Text),
        new("label_key", ColumnType.Text), new("kind", ColumnType.Text), new("scheme", ColumnType.Text), new("code", ColumnType.Text),
        new("hot", ColumnType.Boolean), new("in_demand", ColumnType.Boolean), new("description", ColumnType.Text),
    ];

    public static readonly Column[] SkillLabels =
        [new("skill_id", ColumnType.BigInt), new("label", ColumnType.Text), new("label_key", ColumnType.Text)];

    public static readonly Column[] OccupationSkills =
    [
        new("occupation_id", ColumnType.BigInt), new("skill_id", ColumnType.BigInt), new("relation", ColumnType.Text),
        new("importance", ColumnType.Real), new("level", ColumnType.Real), new("hot", ColumnType.Boolean), new("in_demand", ColumnType.Boolean),
    ];

    public static readonly Column[] RelatedOccupations =
        [new("occupation_id", ColumnType.BigInt), new("related_id", ColumnType.BigInt), new("tier", ColumnType.Text), new("rank", ColumnType.SmallCount)];

    /// <summary>The wage figures in column order: annual then hourly, each P10, P25, median, P75, P90, mean.</summary>
    public static readonly string[] WageFigureNames =
    [
        .. new[] { "annual", "hourly" }.SelectMany(period => new[] { "p10", "p25", "median", "p75", "p90", "mean" }.Select(stat => $"{period}_{stat}")),
    ];

    public static readonly Column[] Wages =
    [
        new("id", ColumnType.BigInt), new("source", ColumnType.Text), new("soc_code", ColumnType.Text), new("title", ColumnType.Text),
        new("level", ColumnType.Text), new("year", ColumnType.SmallCount), new("employment", ColumnType.BigInt), new("source_note", ColumnType.Text),
        .. WageFigureNames.SelectMany(name => new Column[] { new(name, ColumnType.Money), new(name + "_at_least", ColumnType.Boolean) }),
    ];

    public static IEnumerable<WageEstimate?> Figures(OccupationWage wage) =>
        [.. wage.Annual.Percentiles, wage.Annual.Mean, .. wage.Hourly.Percentiles, wage.Hourly.Mean];

    public static WageDistribution Distribution(IReadOnlyList<WageEstimate?> figures, int offset) =>
        new(figures[offset], figures[offset + 1], figures[offset + 2], figures[offset + 3], figures[offset + 4], figures[offset + 5]);

    public static string Name(this TitleKind kind) => kind switch
    {
        TitleKind.Preferred => "preferred",
        TitleKind.Alternate => "alternate",
        TitleKind.ShortTitle => "short",
        TitleKind.Reported => "reported",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Name(this SkillKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(this SkillRelation relation) => relation.ToString().ToLowerInvariant();

    public static string Name(this SocGroupLevel level) => level.ToString().ToLowerInvariant();

    public static string Name(this CodeScheme scheme) => scheme switch
    {
        CodeScheme.OnetSoc => "onet-soc",
        CodeScheme.Soc => "soc",
        CodeScheme.EscoUri => "esco",
        CodeScheme.Isco => "isco",
        CodeScheme.Local => "local",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, null),
    };

    public static T ParseName<T>(string name, Func<T, string> nameOf)
        where T : struct, Enum =>
        Enum.GetValues<T>().FirstOrDefault(v => nameOf(v) == name) is var value && nameOf(value) == name
            ? value
            : throw new InvalidOperationException($"The database holds an unknown {typeof(T).Name} '{name}'.");
}
