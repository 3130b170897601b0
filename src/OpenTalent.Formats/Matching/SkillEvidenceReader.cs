using OpenTalent.Core.Understanding;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Models;

namespace OpenTalent.Formats.Matching;

/// <summary>
/// Reads skills out of text and names into canonical skill ids, so a skill named by several taxonomies (or by a
/// resume's skills list and a posting's description) is one skill for matching.
/// </summary>
public sealed class SkillEvidenceReader(TextModels models, SkillConcepts concepts)
{
    /// <summary>How many skills one text may yield; long ads name many, most of them in passing.</summary>
    public const int MaxSkillsPerText = 40;

    /// <summary>
    /// Skills inferred from descriptions are many and uncertain; only the strongest few count, or they would crowd
    /// out what the text names outright.
    /// </summary>
    public const int MaxImplicitSkillsPerText = 5;

    /// <summary>Skills found in <paramref name="text"/>, keyed by canonical id, with the extractor's mention.</summary>
    public IEnumerable<(string SkillId, string Label, SkillMention Mention)> FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var implicitSkills = 0;
        foreach (var mention in models.Skills.Extract(text, TaxonomyScheme.All, MaxSkillsPerText))
        {
            if (!mention.Explicit && ++implicitSkills > MaxImplicitSkillsPerText)
            {
                continue;
            }

            var skill = models.Skills.Catalog.FindByPublicId(mention.Id);
            if (skill >= 0)
            {
                yield return (concepts.CanonicalId(skill), concepts.CanonicalLabel(skill), mention);
            }
        }
    }

    /// <summary>A skill named on its own ("Kubernetes", "k8s"): by label first, else the best literal match in it.</summary>
    public (string SkillId, string Label)? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (concepts.FindCanonicalId(name) is { } id)
        {
            var skill = models.Skills.Catalog.FindByPublicId(id);
            return (id, skill >= 0 ? concepts.CanonicalLabel(skill) : name.Trim());
        }

        foreach (var (skillId, label, mention) in FromText(name))
        {
            if (mention.Explicit)
            {
                return (skillId, label);
            }
        }

        return null;
    }

    /// <summary>Extraction scores are not bounded; matching wants weights in (0, 1].</summary>
    public static double Weight(double score) => Math.Clamp(score, 0.05, 1.0);
}
