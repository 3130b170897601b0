using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Onet;

/// <summary>An occupation gathered from several files; built once all of them are read.</summary>
internal sealed class OnetOccupationDraft(string code, string title, string? description, RowOrigin origin)
{
    public string Code { get; } = code;

    public RowOrigin Origin { get; } = origin;

    public List<OccupationTitle> Titles { get; } = [];

    public List<OccupationTask> Tasks { get; } = [];

    public int? JobZone { get; set; }

    public Occupation Build() => Origin.Build(() => new Occupation(
        Code,
        title,
        description,
        [new OccupationCode(CodeScheme.OnetSoc, Code), new OccupationCode(CodeScheme.Soc, OccupationCode.SocOfOnetSoc(Code))],
        Titles,
        Tasks,
        JobZone));
}
