namespace OpenTalent.Core.Matching;

/// <summary>
/// Per-thread working memory for one query: a dense score accumulator over slots (zero between queries), visit
/// stamps, the query's skill credits by skill id, and a lazily filled occupation-similarity cache. Reused so a query over a
/// million items allocates nothing in proportion to them.
/// </summary>
internal sealed class QueryScratch
{
    [ThreadStatic]
    private static QueryScratch? t_scratch;

    private int[] _stamps = [];
    private int _epoch;
    private double[] _occupationValues = [];
    private int[] _occupationStamps = [];
    private int _occupationEpoch;

    private int[] _skillStamps = [];
    private int _skillEpoch;

    public float[] Accumulator { get; private set; } = [];

    /// <summary>Per skill id, for the query's own skills: a held skill's staleness (or a related skill's credit).</summary>
    public double[] SkillCredit { get; private set; } = [];

    /// <summary>Per skill id, for a held skill: its years of use, NaN when unknown; NaN for a related skill.</summary>
    public double[] SkillYears { get; private set; } = [];

    /// <summary>Per skill id: true when held, false when only related (meaningful only where <see cref="HasSkill"/>).</summary>
    public bool[] SkillHeld { get; private set; } = [];

    public static QueryScratch Rent(int slots, int occupations, int skills)
    {
        var scratch = t_scratch ??= new QueryScratch();
        scratch.Ensure(slots, occupations, skills);
        return scratch;
    }

    /// <summary>Forgets the skills of the previous query.</summary>
    public void ResetSkills()
    {
        if (++_skillEpoch == int.MaxValue)
        {
            Array.Clear(_skillStamps);
            _skillEpoch = 1;
        }
    }

    public void SetSkill(int skill, bool held, double credit, double years)
    {
        _skillStamps[skill] = _skillEpoch;
        SkillHeld[skill] = held;
        SkillCredit[skill] = credit;
        SkillYears[skill] = years;
    }

    public bool HasSkill(int skill) => _skillStamps[skill] == _skillEpoch;

    /// <summary>Adds a whole inverted list to the accumulator without recording touched slots (see <see cref="DenseScan"/>).</summary>
    public void Scatter(ReadOnlySpan<int> slots, ReadOnlySpan<float> shares, float value)
    {
        var acc = Accumulator;
        for (var i = 0; i < slots.Length; i++)
        {
            acc[slots[i]] += shares[i] * value;
        }
    }

    /// <summary>Zeroes the first <paramref name="count"/> accumulator entries, after a query that used <see cref="Scatter"/>.</summary>
    public void ClearDense(int count) => Array.Clear(Accumulator, 0, count);

    /// <summary>Starts a new visit round: every slot counts as unvisited.</summary>
    public void NextRound()
    {
        if (++_epoch == int.MaxValue)
        {
            Array.Clear(_stamps);
            _epoch = 1;
        }
    }

    /// <summary>True the first time a slot is visited in this round.</summary>
    public bool Visit(int slot)
    {
        if (_stamps[slot] == _epoch)
        {
            return false;
        }

        _stamps[slot] = _epoch;
        return true;
    }

    /// <summary>Forgets the cached occupation values of the previous query.</summary>
    public void ResetOccupations()
    {
        if (++_occupationEpoch == int.MaxValue)
        {
            Array.Clear(_occupationStamps);
            _occupationEpoch = 1;
        }
    }

    public bool TryOccupation(int occupation, out double value)
    {
        value = _occupationValues[occupation];
        return _occupationStamps[occupation] == _occupationEpoch;
    }

    public void SetOccupation(int occupation, double value)
    {
        _occupationValues[occupation] = value;
        _occupationStamps[occupation] = _occupationEpoch;
    }

    private void Ensure(int slots, int occupations, int skills)
    {
        if (_skillStamps.Length <= skills)
        {
            var size = Math.Max(skills + 1, _skillStamps.Length * 2);
            _skillStamps = new int[size];
            SkillCredit = new double[size];
            SkillYears = new double[size];
            SkillHeld = new bool[size];
            _skillEpoch = 0;
        }

        if (Accumulator.Length < slots)
        {
            var size = Math.Max(slots, Accumulator.Length * 2);
            Accumulator = new float[size];
            _stamps = new int[size];
            _epoch = 0;
        }

        if (_occupationValues.Length <= occupations)
        {
            var size = Math.Max(occupations + 1, _occupationValues.Length * 2);
            _occupationValues = new double[size];
            _occupationStamps = new int[size];
            _occupationEpoch = 0;
        }

    }
}
