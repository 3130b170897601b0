using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Titles;

/// <summary>
/// Resolves a free-text job title to ranked occupations in the scheme asked, with the seniority and the
/// specialisation read off it. Built from every O*NET, ESCO and starter title; thread-safe; never throws on odd input.
/// </summary>
public sealed class TitleNormalizer
{
    /// <summary>The most matches one call returns, whatever is asked.</summary>
    public const int MaxTop = 1000;

    private readonly TitleIndex index;
    private readonly TitleScorer scorer;

    private TitleNormalizer(TitleIndex index)
    {
        this.index = index;
        scorer = new TitleScorer(index);
    }

    /// <summary>Builds the model from the snapshot's O*NET, ESCO and starter occupations and all their titles.</summary>
    public static TitleNormalizer Build(TaxonomySnapshot snapshot) => new(TitleIndexBuilder.Build(snapshot));

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        index.Write(writer);
    }

    public static TitleNormalizer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new(TitleIndex.Read(reader));
    }

    /// <summary>Occupations known to the model (every source).</summary>
    public int OccupationCount => index.OccupationCodes.Length;

    /// <summary>Labels indexed (titles after de-duplication, starter titles counted again under their O*NET twin).</summary>
    public int LabelCount => index.LabelCount;

    /// <summary>
    /// The best <paramref name="top"/> occupations for <paramref name="title"/>, best first, scores in [0, 1].
    /// Codes: O*NET-SOC for O*NET, the concept URI for ESCO, "starter:&lt;key&gt;" for the starter taxonomy.
    /// </summary>
    public TitleNormalization Normalize(string title, TaxonomyScheme scheme, int top)
    {
        title ??= "";
        var words = TitleAnalyzer.Analyze(title, query: true);
        var matches = scorer.Rank(words, SchemeBit(scheme), Math.Clamp(top, 0, MaxTop));
        var head = title.Length > TitleAnalyzer.MaxQueryLength ? title[..TitleAnalyzer.MaxQueryLength] : title;
        var (seniority, _) = SeniorityParser.Parse(head);
        var specialisation = SpecialisationParser.Parse(head, index.TermIds.ContainsKey);
        return new TitleNormalization(title, matches, seniority, specialisation);
    }

    /// <summary>Just the ranked occupations, for benchmarks and bulk use.</summary>
    public IReadOnlyList<TitleMatch> Rank(string title, TaxonomyScheme scheme, int top) =>
        scorer.Rank(TitleAnalyzer.Analyze(title ?? "", query: true), SchemeBit(scheme), Math.Clamp(top, 0, MaxTop));

    private static byte SchemeBit(TaxonomyScheme scheme) => scheme switch
    {
        TaxonomyScheme.Onet => TitleIndex.OnetBit,
        TaxonomyScheme.Esco => TitleIndex.EscoBit,
        _ => TitleIndex.AllBit,
    };
}
