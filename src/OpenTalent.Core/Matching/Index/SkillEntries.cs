using System.Runtime.InteropServices;

namespace OpenTalent.Core.Matching;

/// <summary>
/// A posting's skill as the index stores it: ids instead of strings and no object per skill, which is most of
/// what a million postings would otherwise cost. Values are kept exactly, so a posting read back is equal to the
/// one stored and scores the same.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct PostingSkillEntry(int skill, int label, double weight, bool required, double? minYears)
{
    // A required skill's weight is stored positive, a preferred one's negative: weights are never zero.
    private readonly double _signedWeight = required ? weight : -weight;
    private readonly double _minYears = minYears ?? double.NaN;

    public int Skill { get; } = skill;

    public int Label { get; } = label;

    public double Weight => Math.Abs(_signedWeight);

    public bool Required => _signedWeight > 0;

    public double? MinYears => double.IsNaN(_minYears) ? null : _minYears;
}

/// <summary>A person's skill as the index stores it; see <see cref="PostingSkillEntry"/>.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct ProfileSkillEntry(int skill, int label, double weight, SkillEvidence evidence, DateOnly? lastUsed, double? years)
{
    private const int EvidenceBits = 3;

    private readonly int _labelAndEvidence = (label << EvidenceBits) | (int)evidence;
    private readonly double _years = years ?? double.NaN;
    private readonly int _lastUsed = lastUsed?.DayNumber ?? NoDate;

    private const int NoDate = int.MinValue;

    public int Skill { get; } = skill;

    public double Weight { get; } = weight;

    public int Label => _labelAndEvidence >>> EvidenceBits;

    public SkillEvidence Evidence => (SkillEvidence)(_labelAndEvidence & ((1 << EvidenceBits) - 1));

    public int? LastUsedDay => _lastUsed == NoDate ? null : _lastUsed;

    public double? Years => double.IsNaN(_years) ? null : _years;
}
