using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>
/// Profiles by slot, one array per field, with an inverted list per held skill. Like <see cref="PostingColumns"/>
/// they hold the whole profile, and <see cref="Read"/> gives it back equal. Writers hold the index's lock.
/// </summary>
internal sealed class ProfileColumns
{
    public const int NoDate = int.MinValue;

    private readonly Vocabulary _vocabulary;

    public ProfileColumns(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        Occupations = new OccupationColumns(vocabulary.Occupations, vocabulary.Labels);
    }

    public Column<string> Identifier { get; } = new();

    /// <summary>Shown to recruiters; never scored.</summary>
    public Column<string?> DisplayName { get; } = new();

    public Column<string?> Headline { get; } = new();

    public Column<bool> Live { get; } = new();

    /// <summary>The fields scoring reads, one struct per slot; the target pay is the expected, else the current.</summary>
    public Column<ProfileRow> Rows { get; } = new();

    /// <summary>The place as given (an id into <see cref="Vocabulary.PlaceValues"/>; 0 for none), for reading back.</summary>
    public Column<int> PlaceValue { get; } = new();

    public OccupationColumns Occupations { get; }

    public Column<Range> SkillRange { get; } = new();

    public Column<ProfileSkillEntry> Skills { get; } = new();

    public Column<Pay> Expected { get; } = new();

    public Column<Pay> Current { get; } = new();

    public Column<double> Experience { get; } = new();

    /// <summary>By skill id; null where no profile has the skill. Entries carry no share (the posting weighs skills).</summary>
    public List<SlotList?> BySkill { get; } = [];

    public int Count => Identifier.Count;

    /// <summary>The exact target pay of a slot whose row has a currency.</summary>
    public decimal TargetExact(int slot) => Expected[slot].Currency != 0 ? Expected[slot].Amount : Current[slot].Amount;

    public int Append(CandidateProfile profile)
    {
        var slot = Identifier.Add(profile.Identifier);
        DisplayName.Add(profile.DisplayName);
        Headline.Add(profile.Headline);
        Live.Add(true);
        PlaceValue.Add(_vocabulary.PlaceValues.Intern(profile.Location));
        Occupations.Append(slot, profile.Occupations);
        Expected.Add(PayOf(profile.ExpectedSalary));
        Current.Add(PayOf(profile.CurrentSalary));
        var target = profile.TargetSalary;
        Rows.Add(new ProfileRow(
            target is { } amount ? (double)amount.Amount : 0,
            target is { } pay ? _vocabulary.Currencies.Intern(pay.Currency) : 0,
            profile.Updated?.DayNumber ?? NoDate,
            profile.Location is { } place ? PlaceIds.Intern(_vocabulary.Places, place) : default,
            (byte)profile.Seniority,
            (byte)profile.RemotePreference));
        Experience.Add(profile.YearsOfExperience ?? double.NaN);
        SkillRange.Add(new Range(Skills.Count, profile.Skills.Count));
        foreach (var skill in profile.Skills)
        {
            var id = _vocabulary.Skills.Intern(skill.SkillId);
            Skills.Add(new ProfileSkillEntry(id, _vocabulary.Labels.Intern(skill.Label), skill.Weight, skill.Evidence, skill.LastUsed, skill.Years));
            while (BySkill.Count <= id)
            {
                BySkill.Add(null);
            }

            (BySkill[id] ??= new SlotList()).Add(slot, 1);
        }

        return slot;
    }

    /// <summary>The profile in <paramref name="slot"/>, equal to the one appended.</summary>
    public CandidateProfile Read(int slot)
    {
        var range = SkillRange[slot];
        var skills = new ProfileSkill[range.Length];
        for (var i = 0; i < skills.Length; i++)
        {
            var entry = Skills[range.Start + i];
            skills[i] = new ProfileSkill(
                _vocabulary.Skills.Value(entry.Skill), _vocabulary.Labels.Value(entry.Label), entry.Weight, entry.Evidence,
                entry.LastUsedDay is { } day ? DateOnly.FromDayNumber(day) : null, entry.Years);
        }

        var experience = Experience[slot];
        var row = Rows[slot];
        return new CandidateProfile(
            Identifier[slot],
            DisplayName[slot],
            Headline[slot],
            skills,
            Occupations.Fits(slot),
            (Seniority)row.Seniority,
            _vocabulary.PlaceValues.Value(PlaceValue[slot]),
            (RemotePreference)row.RemotePreference,
            AnnualPayOf(Expected[slot]),
            AnnualPayOf(Current[slot]),
            double.IsNaN(experience) ? null : experience,
            row.Updated == NoDate ? null : DateOnly.FromDayNumber(row.Updated));
    }

    public long Bytes()
    {
        long bytes = Identifier.Bytes(8) + DisplayName.Bytes(8) + Headline.Bytes(8) + Live.Bytes(1) + Rows.Bytes(32)
            + PlaceValue.Bytes(4) + Occupations.Bytes + SkillRange.Bytes(8) + Skills.Bytes(28) + Expected.Bytes(20) + Current.Bytes(20)
            + Experience.Bytes(8);
        foreach (var list in BySkill)
        {
            bytes += list?.Bytes ?? 8;
        }

        return bytes;
    }

    private Pay PayOf(AnnualPay? pay) => pay is { } value ? new Pay(value.Amount, _vocabulary.Currencies.Intern(value.Currency)) : default;

    private AnnualPay? AnnualPayOf(Pay pay) => pay.Currency == 0 ? null : new AnnualPay(pay.Amount, _vocabulary.Currencies.Value(pay.Currency));

    /// <summary>An amount and an interned currency id (0 = no pay given).</summary>
    internal readonly record struct Pay(decimal Amount, int Currency);
}
