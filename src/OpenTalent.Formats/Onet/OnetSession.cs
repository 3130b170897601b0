using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Onet;

/// <summary>One read of an O*NET folder: the files, the log, and the occupations every other file refers to.</summary>
internal sealed class OnetSession(SourceFolder folder, ReadLog log)
{
    private readonly Dictionary<string, OnetOccupationDraft> _occupations = new(StringComparer.Ordinal);
    private readonly List<OnetOccupationDraft> _occupationOrder = [];

    public ReadLog Log { get; } = log;

    public IReadOnlyList<OnetOccupationDraft> Occupations => _occupationOrder;

    public OnetSkillCatalog Skills { get; } = new();

    public RelatedOccupationList Related { get; } = new();

    public void AddOccupation(OnetOccupationDraft draft, RecordReader reader)
    {
        if (!_occupations.TryAdd(draft.Code, draft))
        {
            throw reader.Error($"the O*NET-SOC code '{draft.Code}' appears twice (first on line {_occupations[draft.Code].Origin.Line})");
        }

        _occupationOrder.Add(draft);
    }

    /// <summary>The occupation a row names, or null (the row counted as skipped) when Occupation Data does not have it.</summary>
    public OnetOccupationDraft? OccupationOf(RecordReader reader, int codeColumn)
    {
        var lookup = _occupations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(reader.GetSpan(codeColumn).Trim(), out var draft))
        {
            return draft;
        }

        Log.Skip($"the O*NET-SOC code is not in {OnetFileNames.OccupationData}", reader);
        return null;
    }

    public bool Contains(string code) => _occupations.ContainsKey(code);

    /// <summary>Reads every row of a file the release cannot do without.</summary>
    public void ReadRequired(string fileName, Action<TabSeparatedReader> prepare)
    {
        using var reader = TabSeparatedReader.Open(folder.Require(fileName));
        prepare(reader);
    }

    /// <summary>Reads a file if the folder has it; a missing one is noted, not an error.</summary>
    public bool ReadOptional(string fileName, Action<TabSeparatedReader> prepare)
    {
        var path = folder.Find(fileName);
        if (path is null)
        {
            Log.Note($"{fileName} is not in the folder; what it holds was not read.");
            return false;
        }

        using var reader = TabSeparatedReader.Open(path);
        prepare(reader);
        return true;
    }

    public string? FindFile(string fileName) => folder.Find(fileName);
}
