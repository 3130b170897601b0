using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Reading;
using OpenTalent.Text;

namespace OpenTalent.Formats.Esco;

/// <summary>
/// ESCO skills merged by URI across every skill file. The first file to name a URI sets its preferred label
/// (in skills_en.csv the official v1.2 label, where the file gives one); any other preferred label a file
/// gives the same URI is kept as an alternative label, so every name ESCO has used still finds the skill.
/// Alternative labels are the union over all files. A skill without a URI keeps a stable synthetic key.
/// </summary>
internal sealed class EscoSkillCatalog
{
    public const string Scheme = "esco";
    private readonly Dictionary<string, SkillDraft> _skills = new(StringComparer.Ordinal);
    private readonly List<SkillDraft> _order = [];
    private Dictionary<string, string?>? _byLabel;

    public int Count => _order.Count;

    /// <summary>The key of a skill that has no URI: "esco:label:" and the folded label.</summary>
    public static string LabelKey(string label) => "esco:label:" + TextKey.Of(label);

    public void Add(string? uri, string preferredLabel, SkillKind? kind, IEnumerable<string> altLabels, string? description, RowOrigin origin)
    {
        var key = uri ?? LabelKey(preferredLabel);
        if (!_skills.TryGetValue(key, out var draft))
        {
            draft = new SkillDraft(key, uri, preferredLabel, origin);
            _skills.Add(key, draft);
            _order.Add(draft);
            _byLabel = null;
        }

        draft.Merge(preferredLabel, kind, altLabels, description);
    }

    public string? Find(ReadOnlySpan<char> uri) =>
        _skills.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(uri, out var draft) ? draft.Key : null;

    /// <summary>The skill whose preferred label (current or former) folds to the same text key, if exactly one does.</summary>
    public string? FindByLabel(string label)
    {
        _byLabel ??= IndexLabels();
        return _byLabel.GetValueOrDefault(TextKey.Of(label));
    }

    public IEnumerable<Skill> Build() => _order.Select(d => d.Build());

    /// <summary>Text key → skill key, or null where two skills share the label (ambiguous, so never resolved).</summary>
    private Dictionary<string, string?> IndexLabels()
    {
        var index = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var draft in _order)
        {
            foreach (var label in draft.PreferredLabels.Select(l => TextKey.Of(l)).Distinct(StringComparer.Ordinal))
            {
                index[label] = index.TryGetValue(label, out var existing) && existing != draft.Key ? null : draft.Key;
            }
        }

        return index;
    }

    private sealed class SkillDraft(string key, string? uri, string preferredLabel, RowOrigin origin)
    {
        private readonly List<string> _altLabels = [];
        private SkillKind? _kind;
        private string? _description;

        public string Key { get; } = key;

        /// <summary>Every preferred label any file gave this skill, the chosen one first.</summary>
        public List<string> PreferredLabels { get; } = [preferredLabel];

        public void Merge(string label, SkillKind? kind, IEnumerable<string> altLabels, string? description)
        {
            if (!PreferredLabels.Contains(label, StringComparer.OrdinalIgnoreCase))
            {
                PreferredLabels.Add(label);
                _altLabels.Add(label);
            }

            _kind ??= kind;
            _altLabels.AddRange(altLabels);
            _description ??= description;
        }

        public Skill Build() => origin.Build(() =>
            new Skill(Key, PreferredLabels[0], _kind ?? SkillKind.Skill, Scheme, uri, _altLabels, description: _description));
    }
}
