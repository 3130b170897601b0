using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Skills;

/// <summary>
/// What a caller sees of each skill, by <see cref="SnapshotSkill.Index"/>: its public id, preferred label,
/// source and kind; and a lookup from any label (preferred or alternative, case-insensitive) to skills.
/// </summary>
public sealed class SkillCatalog
{
    private readonly string[] publicIds;
    private readonly string[] labels;
    private readonly TaxonomySource[] sources;
    private readonly SkillKind[] kinds;
    private readonly string[][] altLabels;
    // Built on first use: extraction never needs them, and grouping some 260K labels would double the load time.
    private readonly Lazy<Dictionary<string, int[]>> byLabel;
    private readonly Lazy<Dictionary<string, int[]>> byAltLabel;
    private readonly Lazy<Dictionary<string, int>> byPublicId;

    // Folded on first use per skill; two threads folding the same label store equal strings, so no lock is needed.
    private readonly string?[] labelKeys;

    private SkillCatalog(string[] publicIds, string[] labels, TaxonomySource[] sources, SkillKind[] kinds, string[][] altLabels)
    {
        this.publicIds = publicIds;
        this.labels = labels;
        this.sources = sources;
        this.kinds = kinds;
        this.altLabels = altLabels;
        labelKeys = new string?[labels.Length];
        byLabel = new(() => Group(Enumerable.Range(0, labels.Length).Select(i => (labels[i], i))));
        byAltLabel = new(() => Group(Enumerable.Range(0, labels.Length).SelectMany(i => altLabels[i].Select(a => (a, i)))));
        byPublicId = new(() =>
        {
            var ids = new Dictionary<string, int>(publicIds.Length, StringComparer.Ordinal);
            for (var i = 0; i < publicIds.Length; i++)
            {
                ids.TryAdd(publicIds[i], i);
            }

            return ids;
        });
    }

    public int Count => labels.Length;

    public static SkillCatalog Build(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var skills = snapshot.Skills;
        return new SkillCatalog(
            skills.Select(s => s.PublicId).ToArray(),
            skills.Select(s => s.Label).ToArray(),
            skills.Select(s => s.Source).ToArray(),
            skills.Select(s => s.Kind).ToArray(),
            skills.Select(s => s.AltLabels.ToArray()).ToArray());
    }

    public string PublicId(int skill) => publicIds[skill];

    public string Label(int skill) => labels[skill];

    /// <summary>The preferred label folded by <see cref="TextKey.Of"/>: equal for "Python" of every source.</summary>
    public string LabelKey(int skill) => labelKeys[skill] ??= TextKey.Of(labels[skill]);

    public TaxonomySource Source(int skill) => sources[skill];

    public SkillKind Kind(int skill) => kinds[skill];

    public IReadOnlyList<string> AltLabels(int skill) => altLabels[skill];

    /// <summary>The index of the skill with this public id, or -1.</summary>
    public int FindByPublicId(string publicId) => byPublicId.Value.GetValueOrDefault(publicId ?? string.Empty, -1);

    /// <summary>
    /// Skills of <paramref name="scheme"/> whose preferred label is <paramref name="label"/> (ignoring case); failing
    /// that, those that have it as an alternative label (an older preferred label is often kept as one).
    /// </summary>
    public IReadOnlyList<int> FindByLabel(string label, TaxonomyScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(label);
        var key = label.Trim();
        var preferred = InScheme(byLabel.Value.GetValueOrDefault(key), scheme);
        return preferred.Length > 0 ? preferred : InScheme(byAltLabel.Value.GetValueOrDefault(key), scheme);
    }

    public bool InScheme(int skill, TaxonomyScheme scheme) => scheme switch
    {
        TaxonomyScheme.Esco => sources[skill] == TaxonomySource.Esco,
        TaxonomyScheme.Onet => sources[skill] == TaxonomySource.Onet,
        _ => true,
    };

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(labels.Length);
        for (var i = 0; i < labels.Length; i++)
        {
            writer.Write(publicIds[i]);
            writer.Write(labels[i]);
            writer.Write((byte)sources[i]);
            writer.Write((byte)kinds[i]);
            writer.Write(altLabels[i].Length);
            foreach (var alt in altLabels[i])
            {
                writer.Write(alt);
            }
        }
    }

    public static SkillCatalog Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var publicIds = new string[count];
        var labels = new string[count];
        var sources = new TaxonomySource[count];
        var kinds = new SkillKind[count];
        var altLabels = new string[count][];
        for (var i = 0; i < count; i++)
        {
            publicIds[i] = reader.ReadString();
            labels[i] = reader.ReadString();
            sources[i] = (TaxonomySource)reader.ReadByte();
            kinds[i] = (SkillKind)reader.ReadByte();
            altLabels[i] = new string[reader.ReadInt32()];
            for (var j = 0; j < altLabels[i].Length; j++)
            {
                altLabels[i][j] = reader.ReadString();
            }
        }

        return new SkillCatalog(publicIds, labels, sources, kinds, altLabels);
    }

    private int[] InScheme(int[]? skills, TaxonomyScheme scheme) => skills is null ? [] : Array.FindAll(skills, s => InScheme(s, scheme));

    private static Dictionary<string, int[]> Group(IEnumerable<(string Label, int Skill)> entries) =>
        entries.GroupBy(e => e.Label.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Skill).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
}
