using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Skills.Lexicon;
using OpenTalent.Text.Skills.Retrieval;

namespace OpenTalent.Text.Skills;

/// <summary>
/// Finds the taxonomy skills of any text: skills it names (the literal lexicon, with required/preferred,
/// years and negation) first, then skills it implies, retrieved window by window (a few lines at a time). With
/// <see cref="TaxonomyScheme.All"/>, a label that several sources share is one mention. Immutable and
/// thread-safe once built; never throws on odd input.
/// </summary>
public sealed class SkillExtractor
{
    private const int FormatVersion = 2;

    // Literal mentions score in [0.6, 1], implied ones below 0.6, so a named skill always ranks above an implied one.
    private const double ImplicitCeiling = 0.6;

    // Implied skills are retrieved per window of consecutive sentences up to this many characters (a bullet
    // list's short lines read together, a long sentence alone): one retrieval per few lines of a job ad.
    private const int WindowLength = SentenceSplitter.MaxLength;
    private const int DepthPerWindow = 10;

    // Extract keeps an implied skill only when the sentence speaks for it clearly (retrieval score, global).
    private const double MinimumImplicitScore = 0.5;

    private readonly SkillLexicon lexicon;
    private readonly SkillRetriever retriever;

    private SkillExtractor(SkillCatalog catalog, SkillLexicon lexicon, SkillRetriever retriever)
    {
        Catalog = catalog;
        this.lexicon = lexicon;
        this.retriever = retriever;
    }

    public SkillCatalog Catalog { get; }

    /// <summary>The literal matcher alone: the named-skill pass of <see cref="Extract"/>, for span benchmarks and speed baselines.</summary>
    public SkillLexicon Lexicon => lexicon;

    public static SkillExtractor Build(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var catalog = SkillCatalog.Build(snapshot);
        var lexicon = Task.Run(() => SkillLexicon.Build(snapshot));
        var retriever = SkillRetriever.Build(snapshot);
        return new SkillExtractor(catalog, lexicon.GetAwaiter().GetResult(), retriever);
    }

    /// <summary>The skills of <paramref name="text"/> in <paramref name="scheme"/>, best first, at most <paramref name="top"/>.</summary>
    public IReadOnlyList<SkillMention> Extract(string text, TaxonomyScheme scheme, int top)
    {
        var found = Collect(text, scheme, top, MinimumImplicitScore);
        var mentions = new SkillMention[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            mentions[i] = new SkillMention(Catalog.PublicId(f.Skill), Catalog.Label(f.Skill), f.Score, f.Spans, f.Required, f.MinYears, f.Explicit);
        }

        return mentions;
    }

    /// <summary>
    /// The ranking <see cref="Extract"/> makes, as skill indexes, without its floor on implied skills: for ranking
    /// benchmarks, which judge the order of a deep list.
    /// </summary>
    public IReadOnlyList<int> RankSkillIndexes(string text, TaxonomyScheme scheme, int top) =>
        Collect(text, scheme, top, double.NegativeInfinity).Select(f => f.Skill).ToArray();

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(FormatVersion);
        Catalog.Write(writer);
        lexicon.Write(writer);
        retriever.Write(writer);
    }

    public static SkillExtractor Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Skill extractor format {version} is not supported (expected {FormatVersion}); rebuild the models.");
        }

        return new SkillExtractor(SkillCatalog.Read(reader), SkillLexicon.Read(reader), SkillRetriever.Read(reader));
    }

    private List<FoundSkill> Collect(string text, TaxonomyScheme scheme, int top, double minimumImplicit)
    {
        if (string.IsNullOrEmpty(text) || top <= 0)
        {
            return [];
        }

        var found = new Dictionary<int, FoundSkill>();
        var negated = new HashSet<int>();
        foreach (var match in lexicon.Match(text, scheme))
        {
            if (match.Negated)
            {
                negated.Add(match.Skill);
                continue;
            }

            if (!found.TryGetValue(match.Skill, out var skill))
            {
                found[match.Skill] = skill = new FoundSkill(match.Skill, Explicit: true);
            }

            skill.AddLiteral(match, ImplicitCeiling + ((1 - ImplicitCeiling) * Math.Clamp(match.Confidence, 0, 1)));
        }

        var windows = Windows(text);
        var depth = windows.Count == 1 ? top : Math.Min(top, DepthPerWindow);
        foreach (var (start, length) in windows)
        {
            foreach (var retrieved in retriever.Rank(text.AsSpan(start, length), scheme, depth, minimumImplicit))
            {
                if (retrieved.Score < minimumImplicit || negated.Contains(retrieved.Skill))
                {
                    continue;
                }

                if (!found.TryGetValue(retrieved.Skill, out var skill))
                {
                    found[retrieved.Skill] = skill = new FoundSkill(retrieved.Skill, Explicit: false);
                }

                skill.AddImplicit(ImplicitCeiling * Math.Clamp(retrieved.Score / SkillRetriever.MaxScore, 0, 1), retrieved.Evidence, start);
            }
        }

        var ranked = found.Values.ToList();
        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Skill.CompareTo(b.Skill));
        if (scheme == TaxonomyScheme.All)
        {
            ranked = OnePerLabel(ranked);
        }
        if (ranked.Count > top)
        {
            ranked.RemoveRange(top, ranked.Count - top);
        }

        ranked.ForEach(f => f.SortSpans());
        return ranked;
    }

    /// <summary>
    /// Across all sources the same skill often exists once per source ("Python" in the starter taxonomy, O*NET and
    /// ESCO): one mention per folded label, under the best-scoring skill's id, with the spans of all.
    /// </summary>
    private List<FoundSkill> OnePerLabel(List<FoundSkill> ranked)
    {
        var byLabel = new Dictionary<string, FoundSkill>(ranked.Count, StringComparer.Ordinal);
        var kept = new List<FoundSkill>(ranked.Count);
        foreach (var skill in ranked)
        {
            if (byLabel.TryGetValue(Catalog.LabelKey(skill.Skill), out var best))
            {
                best.Absorb(skill);
            }
            else
            {
                byLabel.Add(Catalog.LabelKey(skill.Skill), skill);
                kept.Add(skill);
            }
        }

        return kept;
    }

    /// <summary>Consecutive sentence pieces of <paramref name="text"/> joined into windows of at most <see cref="WindowLength"/> characters, as (start, length).</summary>
    private static List<(int Start, int Length)> Windows(string text)
    {
        var pieces = new List<(int Start, int Length)>();
        SentenceSplitter.Split(text, pieces);
        var windows = new List<(int Start, int Length)>(pieces.Count);
        foreach (var (start, length) in pieces)
        {
            if (windows.Count > 0 && start + length - windows[^1].Start <= WindowLength)
            {
                windows[^1] = (windows[^1].Start, start + length - windows[^1].Start);
            }
            else
            {
                windows.Add((start, length));
            }
        }

        return windows;
    }

    private sealed class FoundSkill(int skill, bool Explicit)
    {
        private const int MaxSpans = 64;

        private readonly List<TextSpan> spans = [];

        public int Skill { get; } = skill;

        public bool Explicit { get; } = Explicit;

        public double Score { get; private set; }

        public bool? Required { get; private set; }

        public double? MinYears { get; private set; }

        public IReadOnlyList<TextSpan> Spans => spans;

        public void AddLiteral(LexiconMatch match, double score)
        {
            Score = Math.Max(Score, score);
            AddSpan(match.Span);
            Require(match.Required, match.MinYears);
        }

        /// <summary>Takes in a lower-ranked mention of the same label (from another source).</summary>
        public void Absorb(FoundSkill other)
        {
            // A named skill keeps its literal spans; an implied duplicate's words would only blur them.
            if (Explicit && !other.Explicit)
            {
                return;
            }

            foreach (var span in other.spans)
            {
                AddSpan(span);
            }

            Require(other.Required, other.MinYears);
        }

        public void AddImplicit(double score, IReadOnlyList<TextSpan> evidence, int offset)
        {
            // A named skill keeps its literal spans as evidence; inferred words would only blur them.
            if (Explicit)
            {
                return;
            }

            Score = Math.Max(Score, score);
            foreach (var span in evidence)
            {
                AddSpan(new TextSpan(span.Start + offset, span.End + offset));
            }
        }

        private void Require(bool? required, double? minYears)
        {
            Required = (Required, required) switch
            {
                (true, _) or (_, true) => true,
                (false, _) or (_, false) => false,
                _ => null,
            };
            if (minYears is { } years)
            {
                MinYears = Math.Max(MinYears ?? 0, years);
            }
        }

        public void SortSpans() => spans.Sort((a, b) => a.Start.CompareTo(b.Start));

        private void AddSpan(TextSpan span)
        {
            // A skill named thousands of times in a huge text needs no more evidence than this.
            if (spans.Count < MaxSpans && !spans.Contains(span))
            {
                spans.Add(span);
            }
        }
    }
}
