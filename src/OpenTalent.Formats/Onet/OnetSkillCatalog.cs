using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Onet;

/// <summary>
/// The skills of an O*NET release and their links to occupations. A technology or tool appears on many rows,
/// once per occupation; it becomes one skill, hot or in demand if any row says so.
/// </summary>
internal sealed class OnetSkillCatalog
{
    private const string Scheme = "onet";
    private const string CommodityScheme = "unspsc";
    private readonly Dictionary<string, SkillDraft> _skills = new(StringComparer.Ordinal);
    private readonly List<SkillDraft> _skillOrder = [];
    private readonly Dictionary<(string, string), LinkDraft> _links = [];
    private readonly List<LinkDraft> _linkOrder = [];

    public int SkillCount => _skillOrder.Count;

    public int LinkCount => _linkOrder.Count;

    public static string TechnologyKey(string example) => "tech:" + example;

    public static string ToolKey(string example) => "tool:" + example;

    /// <summary>Skill and knowledge elements have distinct content-model ids, so one prefix serves both.</summary>
    public static string ElementKey(string elementId) => "element:" + elementId;

    /// <summary>
    /// A technology or tool example. A few examples sit under more than one commodity;
    /// the first one read is kept as the skill's code.
    /// </summary>
    public void AddExample(string key, string label, SkillKind kind, string? commodityCode, string? commodityTitle, bool hot, bool inDemand, RowOrigin origin)
    {
        var draft = GetOrAdd(key, label, kind, CommodityScheme, commodityCode, commodityTitle, origin);
        draft.Hot |= hot;
        draft.InDemand |= inDemand;
    }

    public void AddElement(string key, string label, SkillKind kind, string elementId, string? description, RowOrigin origin) =>
        GetOrAdd(key, label, kind, Scheme, elementId, description, origin);

    /// <summary>Links an occupation to a skill, once per pair; repeated rows merge into the same link.</summary>
    public LinkDraft Link(string occupationKey, string skillKey, RowOrigin origin)
    {
        if (!_links.TryGetValue((occupationKey, skillKey), out var link))
        {
            link = new LinkDraft(occupationKey, skillKey, origin);
            _links.Add((occupationKey, skillKey), link);
            _linkOrder.Add(link);
        }

        return link;
    }

    public IEnumerable<Skill> BuildSkills() => _skillOrder.Select(s => s.Build());

    public IEnumerable<OccupationSkill> BuildLinks() => _linkOrder.Select(l => l.Build());

    private SkillDraft GetOrAdd(string key, string label, SkillKind kind, string scheme, string? code, string? description, RowOrigin origin)
    {
        if (!_skills.TryGetValue(key, out var draft))
        {
            draft = new SkillDraft(key, label, kind, scheme, code, description, origin);
            _skills.Add(key, draft);
            _skillOrder.Add(draft);
        }

        return draft;
    }

    private sealed class SkillDraft(string key, string label, SkillKind kind, string scheme, string? code, string? description, RowOrigin origin)
    {
        public bool Hot { get; set; }

        public bool InDemand { get; set; }

        public Skill Build() => origin.Build(() => new Skill(key, label, kind, scheme, code, hot: Hot, inDemand: InDemand, description: description));
    }

    public sealed class LinkDraft(string occupationKey, string skillKey, RowOrigin origin)
    {
        public double? Importance { get; set; }

        public double? Level { get; set; }

        public bool Hot { get; set; }

        public bool InDemand { get; set; }

        public OccupationSkill Build() => origin.Build(() => new OccupationSkill(occupationKey, skillKey, SkillRelation.Unspecified, Importance, Level, Hot, InDemand));
    }
}
