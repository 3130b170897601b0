using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>Postings by slot, one array per field, with an inverted list per skill. Writers hold the index's lock.</summary>
internal sealed class PostingColumns
{
    public const int NoDate = int.MinValue;
    public const int NoExpiry = int.MaxValue;

    private readonly Vocabulary _vocabulary;

    public PostingColumns(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        Occupations = new OccupationColumns(vocabulary.Occupations);
    }

    public Column<JobPosting> Items { get; } = new();

    public Column<bool> Live { get; } = new();

    public Column<byte> Seniority { get; } = new();

    public Column<byte> Arrangement { get; } = new();

    public Column<byte> EmploymentType { get; } = new();

    public Column<Range> PlaceRange { get; } = new();

    public Column<PlaceIds> Places { get; } = new();

    public OccupationColumns Occupations { get; }

    public Column<int> Currency { get; } = new();

    public Column<decimal> SalaryMaxExact { get; } = new();

    public Column<double> SalaryMax { get; } = new();

    public Column<int> Posted { get; } = new();

    public Column<int> ValidThrough { get; } = new();

    /// <summary>By skill id; null where no posting has the skill.</summary>
    public List<SlotList?> BySkill { get; } = [];

    public int Count => Items.Count;

    public int Append(JobPosting posting)
    {
        var slot = Items.Add(posting);
        Live.Add(true);
        Seniority.Add((byte)posting.Seniority);
        Arrangement.Add((byte)posting.Arrangement);
        EmploymentType.Add((byte)posting.EmploymentType);
        var placeStart = Places.Count;
        foreach (var place in posting.Locations)
        {
            Places.Add(PlaceIds.Intern(_vocabulary.Places, place));
        }

        PlaceRange.Add(new Range(placeStart, posting.Locations.Count));
        Occupations.Append(slot, posting.Occupations);
        Currency.Add(posting.Salary is { } pay ? _vocabulary.Currencies.Intern(pay.Currency) : 0);
        SalaryMaxExact.Add(posting.Salary?.Max ?? 0);
        SalaryMax.Add(posting.Salary is { } range ? (double)range.Max : 0);
        Posted.Add(posting.DatePosted?.DayNumber ?? NoDate);
        ValidThrough.Add(posting.ValidThrough?.DayNumber ?? NoExpiry);
        AddSkills(posting, slot);
        return slot;
    }

    public long Bytes()
    {
        long bytes = Items.Bytes(8) + Live.Bytes(1) + Seniority.Bytes(1) + Arrangement.Bytes(1) + EmploymentType.Bytes(1)
            + PlaceRange.Bytes(8) + Places.Bytes(12) + Occupations.Bytes
            + Currency.Bytes(4) + SalaryMaxExact.Bytes(16) + SalaryMax.Bytes(8) + Posted.Bytes(4) + ValidThrough.Bytes(4);
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

        foreach (var skill in posting.Skills)
        {
            var weight = skill.Required ? skill.Weight : skill.Weight * PreferredWeight;
            ListFor(_vocabulary.Skills.Intern(skill.SkillId)).Add(slot, (float)(weight / total));
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

    /// <summary>Set by the index from the model: shares depend on the weight of a preferred skill.</summary>
    public double PreferredWeight { get; init; } = 1;

    public WorkArrangement ArrangementOf(int slot) => (WorkArrangement)Arrangement[slot];
}
