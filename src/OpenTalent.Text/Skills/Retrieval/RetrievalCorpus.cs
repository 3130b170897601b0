using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Embeddings;

namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// Reads the reference data once into what retrieval learns from: the vocabulary, each skill's
/// field-weighted terms, and word co-occurrence from skill labels and descriptions, occupation
/// descriptions, titles and tasks, and the skill lists of occupations.
/// </summary>
internal static class RetrievalCorpus
{
    // Field weights: a preferred label says more than one of many alternative labels, which says more than a description.
    private const float LabelWeight = 3f;
    private const float AltLabelWeight = 1f;
    private const float DescriptionWeight = 0.5f;
    private const int MinimumCorpusCount = 2;

    public static (TermTable Vocabulary, List<Dictionary<int, float>> Documents, CooccurrenceCounts Counts) Read(TaxonomySnapshot snapshot)
    {
        var skillTexts = snapshot.Skills.Select(s => (
            Label: TextTerms.Strings(s.Label),
            Alt: s.AltLabels.Select(TextTerms.Strings).ToList(),
            Description: s.Description is { Length: > 0 } d ? TextTerms.Strings(d) : [])).ToList();
        var occupationTexts = snapshot.Occupations.Select(o => (
            Prose: new[] { o.Description ?? string.Empty }.Concat(o.Tasks).Select(TextTerms.Strings).ToList(),
            Titles: o.Titles.Select(t => TextTerms.Strings(t.Text)).ToList())).ToList();

        var vocabulary = new TermTable();
        foreach (var (label, alt, description) in skillTexts)
        {
            label.ForEach(t => vocabulary.GetOrAdd(t));
            alt.ForEach(a => a.ForEach(t => vocabulary.GetOrAdd(t)));
            description.ForEach(t => vocabulary.GetOrAdd(t));
        }

        var corpusCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (prose, titles) in occupationTexts)
        {
            foreach (var term in prose.Concat(titles).SelectMany(x => x))
            {
                corpusCounts[term] = corpusCounts.GetValueOrDefault(term) + 1;
            }
        }

        foreach (var (term, count) in corpusCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count >= MinimumCorpusCount)
            {
                vocabulary.GetOrAdd(term);
            }
        }

        var documents = new List<Dictionary<int, float>>(skillTexts.Count);
        foreach (var (label, alt, description) in skillTexts)
        {
            var document = new Dictionary<int, float>();
            AddField(document, label, LabelWeight, vocabulary);
            foreach (var a in alt)
            {
                AddField(document, a, AltLabelWeight, vocabulary);
            }

            AddField(document, description, DescriptionWeight, vocabulary);
            documents.Add(document);
        }

        var counts = new CooccurrenceCounts(vocabulary.Count);
        foreach (var (label, alt, description) in skillTexts)
        {
            // All names of one skill are synonyms: their words co-occur as one bag.
            var names = label.Concat(alt.SelectMany(a => a)).Distinct(StringComparer.Ordinal).Take(40).Select(t => vocabulary.Find(t)).ToArray();
            counts.AddSequence(names, names.Length);
            counts.AddSequence(Ids(label.Concat(description), vocabulary), 5);
        }

        foreach (var (prose, titles) in occupationTexts)
        {
            prose.ForEach(p => counts.AddSequence(Ids(p, vocabulary), 5));
            titles.ForEach(t => counts.AddSequence(Ids(t, vocabulary), 5));
        }

        foreach (var occupation in snapshot.Occupations.Where(o => o.Source == TaxonomySource.Esco))
        {
            // The skills one occupation needs belong to one field of work. ESCO's lists are curated skills;
            // O*NET's are mostly product names, costly to pair up and of little help for word meaning.
            var sequence = occupation.Skills.SelectMany(link => skillTexts[link.Skill].Label).ToList();
            counts.AddSequence(Ids(sequence, vocabulary), 4, 0.5f);
        }

        return (vocabulary, documents, counts);
    }

    private static void AddField(Dictionary<int, float> document, List<string> terms, float weight, TermTable vocabulary)
    {
        foreach (var term in terms)
        {
            var id = vocabulary.Find(term);
            document[id] = document.GetValueOrDefault(id) + weight;
        }
    }

    private static int[] Ids(IEnumerable<string> terms, TermTable vocabulary) => terms.Select(t => vocabulary.Find(t)).ToArray();
}
