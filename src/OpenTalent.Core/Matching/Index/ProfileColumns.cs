namespace OpenTalent.Core.Matching;

/// <summary>Profiles by slot, one array per field, with an inverted list per held skill. Writers hold the index's lock.</summary>
internal sealed class ProfileColumns
{
    public const int NoDate = int.MinValue;

    private readonly Vocabulary _vocabulary;

    public ProfileColumns(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        Occupations = new OccupationColumns(vocabulary.Occupations);
    }

    public Column<CandidateProfile> Items { get; } = new();

    public Column<bool> Live { get; } = new();

    public Column<byte> Seniority { get; } = new();

    public Column<byte> RemotePreference { get; } = new();

    public Column<PlaceIds> Place { get; } = new();

    public OccupationColumns Occupations { get; }

    public Column<int> Currency { get; } = new();

    public Column<decimal> TargetExact { get; } = new();

    public Column<double> Target { get; } = new();

    public Column<int> Updated { get; } = new();

    /// <summary>By skill id; null where no profile has the skill. Entries carry no share (the posting weighs skills).</summary>
    public List<SlotList?> BySkill { get; } = [];

    public int Count => Items.Count;

    public int Append(CandidateProfile profile)
    {
        var slot = Items.Add(profile);
        Live.Add(true);
        Seniority.Add((byte)profile.Seniority);
        RemotePreference.Add((byte)profile.RemotePreference);
        Place.Add(profile.Location is { } place ? PlaceIds.Intern(_vocabulary.Places, place) : default);
        Occupations.Append(slot, profile.Occupations);
        var target = profile.TargetSalary;
        Currency.Add(target is { } pay ? _vocabulary.Currencies.Intern(pay.Currency) : 0);
        TargetExact.Add(target?.Amount ?? 0);
        Target.Add(target is { } amount ? (double)amount.Amount : 0);
        Updated.Add(profile.Updated?.DayNumber ?? NoDate);
        foreach (var skill in profile.Skills)
        {
            var id = _vocabulary.Skills.Intern(skill.SkillId);
            while (BySkill.Count <= id)
            {
                BySkill.Add(null);
            }

            (BySkill[id] ??= new SlotList()).Add(slot, 1);
        }

        return slot;
    }

    public long Bytes()
    {
        long bytes = Items.Bytes(8) + Live.Bytes(1) + Seniority.Bytes(1) + RemotePreference.Bytes(1) + Place.Bytes(12)
            + Occupations.Bytes
            + Currency.Bytes(4) + TargetExact.Bytes(16) + Target.Bytes(8) + Updated.Bytes(4);
        foreach (var list in BySkill)
        {
            bytes += list?.Bytes ?? 8;
        }

        return bytes;
    }
}
