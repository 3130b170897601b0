using OpenTalent.Core.Search;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Models;
using OpenTalent.Text.Skills.Retrieval;

namespace OpenTalent.Text.Search;

/// <summary>
/// Applies the taxonomy to a search text. Words become clauses that must all match; a run of words that names a skill
/// by label or alias ("k8s", "machine learning") also matches postings that ask for that skill; a misspelt word also
/// matches its nearest known spelling; and a text that is a job title ("programmer") also matches every posting
/// classified in that title's occupation (<see cref="TitleOccupations"/>), whatever the posting calls the job.
/// </summary>
public sealed class SearchQueryParser
{
    /// <summary>Longer texts are cut: a search box is not a document.</summary>
    public const int MaxWords = 12;

    private const int MaxSkillWords = 4;
    private static readonly HashSet<string> SeniorityWords = new(["senior", "sr", "junior", "jr", "mid", "entry", "level", "lead", "principal"], StringComparer.Ordinal);

    private readonly TextModels? models;
    private readonly SkillConcepts? concepts;
    private readonly SpellingCorrector? spelling;
    private readonly TitleOccupations? titles;

    /// <summary>A parser with the taxonomy's skills, titles and vocabulary.</summary>
    public SearchQueryParser(TextModels models, SkillConcepts concepts, SpellingCorrector spelling, TitleOccupations titles)
    {
        this.models = models ?? throw new ArgumentNullException(nameof(models));
        this.concepts = concepts ?? throw new ArgumentNullException(nameof(concepts));
        this.spelling = spelling ?? throw new ArgumentNullException(nameof(spelling));
        this.titles = titles ?? throw new ArgumentNullException(nameof(titles));
    }

    /// <summary>Builds everything from the taxonomy and the text models learned from it.</summary>
    public static SearchQueryParser Build(TaxonomySnapshot snapshot, TextModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var titles = TitleOccupations.Build(snapshot);
        return new SearchQueryParser(models, SkillConcepts.Build(models.Skills.Catalog), BuildSpelling(models, titles), titles);
    }

    private SearchQueryParser()
    {
    }

    /// <summary>Words only: no skills, titles or spelling. For stores used without text models.</summary>
    public static SearchQueryParser Literal { get; } = new();

    /// <summary>The vocabulary the corrector knows: every word of every skill label and alias, and of every title.</summary>
    public static SpellingCorrector BuildSpelling(TextModels models, TitleOccupations titles)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(titles);
        var catalog = models.Skills.Catalog;
        var words = new List<string>(titles.Words);
        for (var skill = 0; skill < catalog.Count; skill++)
        {
            words.AddRange(SearchText.Words(catalog.Label(skill)));
            foreach (var alias in catalog.AltLabels(skill))
            {
                words.AddRange(SearchText.Words(alias));
            }
        }

        return new SpellingCorrector(words);
    }

    /// <summary>
    /// The canonical id and label of a skill named by id, label or alias ("k8s", "starter:kubernetes"); null when no
    /// skill has that name, or when this parser has no taxonomy (then an id is taken as given).
    /// </summary>
    public (string Id, string Label)? ResolveSkill(string idOrName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        if (concepts is null || models is null)
        {
            return (idOrName.Trim(), idOrName.Trim());
        }

        if (concepts.FindCanonicalId(idOrName) is not { } id)
        {
            return null;
        }

        var index = models.Skills.Catalog.FindByPublicId(id);
        return (id, index >= 0 ? concepts.CanonicalLabel(index) : idOrName.Trim());
    }

    public ParsedQuery Parse(string? text)
    {
        var all = SearchText.Words(text);
        if (all.Count == 0)
        {
            return ParsedQuery.Empty;
        }

        var content = all.Where(w => !StopWords.Contains(w)).ToList();
        var words = (content.Count > 0 ? content : [.. all]).Take(MaxWords).ToArray();
        var corrected = new string?[words.Length];
        var corrections = new List<(string, string)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (spelling?.Suggest(words[i]) is { } suggestion)
            {
                corrected[i] = suggestion;
                corrections.Add((words[i], suggestion));
            }
        }

        var clauses = new List<QueryClause>();
        var titleClauses = new List<QueryClause>();
        var skills = new List<(string, string)>();
        var position = 0;
        while (position < words.Length)
        {
            var (length, skill) = SkillAt(words, corrected, position);
            var phrases = Variants(words, corrected, position, length);
            titleClauses.Add(new QueryClause(phrases, []));
            if (skill is { } found)
            {
                if (!skills.Contains(found))
                {
                    skills.Add(found);
                }

                clauses.Add(new QueryClause(phrases, [SearchTags.Skill(found.Id)]));
            }
            else
            {
                clauses.Add(new QueryClause(phrases, []));
            }

            position += length;
        }

        var occupation = OccupationOf(words, corrected);
        var interpretation = new QueryInterpretation(corrections, skills, occupation, []);
        return new ParsedQuery(
            clauses,
            titleClauses,
            occupation is { } o ? [SearchTags.Occupation(o.Code)] : [],
            [.. words, .. corrected.OfType<string>()],
            interpretation);
    }

    /// <summary>The longest run of words from <paramref name="start"/> that names a skill, as written or as corrected; else one word.</summary>
    private (int Length, (string Id, string Label)? Skill) SkillAt(string[] words, string?[] corrected, int start)
    {
        if (concepts is null || models is null)
        {
            return (1, null);
        }

        for (var length = Math.Min(MaxSkillWords, words.Length - start); length >= 1; length--)
        {
            foreach (var phrase in Variants(words, corrected, start, length))
            {
                var joined = string.Join(' ', phrase);
                if (joined.Length >= 2 && concepts.FindCanonicalId(joined) is { } id)
                {
                    var index = models.Skills.Catalog.FindByPublicId(id);
                    return (length, (id, index >= 0 ? concepts.CanonicalLabel(index) : joined));
                }
            }
        }

        return (1, null);
    }

    /// <summary>The words as written and, where any was corrected, as corrected.</summary>
    private static List<IReadOnlyList<string>> Variants(string[] words, string?[] corrected, int start, int length)
    {
        var written = words[start..(start + length)];
        var variants = new List<IReadOnlyList<string>> { written };
        if (corrected.Skip(start).Take(length).Any(c => c is not null))
        {
            variants.Add(Enumerable.Range(start, length).Select(i => corrected[i] ?? words[i]).ToArray());
        }

        return variants;
    }

    /// <summary>
    /// The occupation a whole-title query names ("programmer", "senior staff nurse"): the words as written or as
    /// corrected, with or without the seniority words, must be a title the taxonomy gives to one occupation.
    /// "accountant berlin" is not a title, and does not match every accountant everywhere.
    /// </summary>
    private (string Code, string Label)? OccupationOf(string[] words, string?[] corrected)
    {
        if (titles is null)
        {
            return null;
        }

        var spelled = words.Select((w, i) => corrected[i] ?? w).ToArray();
        foreach (var candidate in new[] { words, spelled })
        {
            var found = titles.Find(candidate) ?? titles.Find([.. candidate.Where(w => !SeniorityWords.Contains(w))]);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
