using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>
/// Postings by slot, one array per field, with an inverted list per skill. The columns hold the whole posting (no
/// object is kept per posting or per skill): <see cref="Read"/> gives it back equal to what was stored. Writers
/// hold the index's lock.
/// </summary>
internal sealed class PostingColumns
{
    public const int NoDate = int.MinValue;
    public const int NoExpiry = int.MaxValue;

    private readonly Vocabulary _vocabulary;

    public PostingColumns(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        Occupations = new OccupationColumns(vocabulary.Occupations, vocabulary.Labels);
    }

    public Column<string> Identifier { get; } = new();

    public Column<string> Title { get; } = new();

    public Column<string?> Employer { get; } = new();

    public Column<bool> Live { get; } = new();

    public Column<byte> Status { get; } = new();

    /// <summary>The fields scoring reads, one struct per slot.</summary>
    public Column<PostingRow> Rows { get; } = new();

    /// <summary>Place parts as ids, for matching.</summary>
    public Column<PlaceIds> Places { get; } = new();

    /// <summary>The same places as given (ids into <see cref="Vocabulary.PlaceValues"/>), for reading back.</summary>
    public Column<int> PlaceValues { get; } = new();

    public OccupationColumns Occupations { get; }

    public Column<Range> SkillRange { get; } = new();

    public Column<PostingSkillEntry> Skills { get; } = new();

    public Column<decimal> SalaryMinExact { get; } = new();

    public Column<decimal> SalaryMaxExact { get; } = new();

    /// <summary>By skill id; null where no posting has the skill.</summary>
    public List<SlotList?> BySkill { get; } = [];

    /// <summary>Set by the index from the model: shares depend on the weight of a preferred skill.</summary>
    public double PreferredWeight { get; init; } = 1;

    public int Count => Identifier.Count;

    public int Append(JobPosting posting)
    {
        var slot = Identifier.Add(posting.Identifier);
        Title.Add(posting.Title);
        Employer.Add(posting.Employer);
        Live.Add(true);
        Status.Add((byte)posting.Status);
        var placeStart = Places.Count;
        foreach (var place in posting.Locations)
        {
            Places.Add(PlaceIds.Intern(_vocabulary.Places, place));
            PlaceValues.Add(_vocabulary.PlaceValues.Intern(place));
        }

        Rows.Add(new PostingRow(
            posting.Salary is { } range ? (double)range.Max : 0,
            posting.Salary is { } pay ? _vocabulary.Currencies.Intern(pay.Currency) : 0,
            posting.DatePosted?.DayNumber ?? NoDate,
            posting.ValidThrough?.DayNumber ?? NoExpiry,
            new Range(placeStart, posting.Locations.Count),
            (byte)posting.Seniority,
            (byte)posting.Arrangement,
            (byte)posting.EmploymentType));
        Occupations.Append(slot, posting.Occupations);
        SalaryMinExact.Add(posting.Salary?.Min ?? 0);
        SalaryMaxExact.Add(posting.Salary?.Max ?? 0);
        AddSkills(posting, slot);
        return slot;
    }

    /// <summary>The posting in <paramref name="slot"/>, equal to the one appended.</summary>
    public JobPosting Read(int slot)
    {
        var range = SkillRange[slot];
        var skills = new PostingSkill[range.Length];
        for (var i = 0; i < skills.Length; i++)
        {
            var entry = Skills[range.Start + i];
            skills[i] = new PostingSkill(_vocabulary.Skills.Value(entry.Skill), _vocabulary.Labels.Value(entry.Label), entry.Weight, entry.Required, entry.MinYears);
        }

        var row = Rows[slot];
        var placeRange = row.Places;
        var places = new Place[placeRange.Length];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = _vocabulary.PlaceValues.Value(PlaceValues[placeRange.Start + i])!;
        }

        var currency = row.Currency;
        return new JobPosting(
            Identifier[slot],
            Title[slot],
            Employer[slot],
            Occupations.Fits(slot),
            skills,
            (Seniority)row.Seniority,
            places,
            row.ArrangementOf,
            currency == 0 ? null : new PayRange(SalaryMinExact[slot], SalaryMaxExact[slot], _vocabulary.Currencies.Value(currency)),
            row.Posted == NoDate ? null : DateOnly.FromDayNumber(row.Posted),
            row.ValidThrough == NoExpiry ? null : DateOnly.FromDayNumber(row.ValidThrough),
            (PostingStatus)Status[slot],
            (EmploymentType)row.EmploymentType);
    }

    public long Bytes()
    {
        long bytes = Identifier.Bytes(8) + Title.Bytes(8) + Employer.Bytes(8) + Live.Bytes(1) + Status.Bytes(1) + Rows.Bytes(32)
            + Places.Bytes(12) + PlaceValues.Bytes(4) + Occupations.Bytes + SkillRange.Bytes(8) + Skills.Bytes(24)
            + SalaryMinExact.Bytes(16) + SalaryMaxExact.Bytes(16);
        foreach (var list in BySkill)
        {
            bytes += list?.Bytes ?? 8;
        }

        return bytes;
    }

    private void AddSkills(JobPosting posting, int slot)
    {
        double total = 0;
        foreach (var skill in posting.Skills)
        {
            total += skill.Required ? skill.Weight : skill.Weight * PreferredWeight;
        }

        SkillRange.Add(new Range(Skills.Count, posting.Skills.Count));
        foreach (var skill in posting.Skills)
        {
            var id = _vocabulary.Skills.Intern(skill.SkillId);
            Skills.Add(new PostingSkillEntry(id, _vocabulary.Labels.Intern(skill.Label), skill.Weight, skill.Required, skill.MinYears));
            var weight = skill.Required ? skill.Weight : skill.Weight * PreferredWeight;
            ListFor(id).Add(slot, (float)(weight / total));
        }
    }

    private SlotList ListFor(int skill)
    {
        while (BySkill.Count <= skill)
        {
            BySkill.Add(null);
        }

        return BySkill[skill] ??= new SlotList();
    }
}
