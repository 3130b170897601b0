using System.Collections.Frozen;

namespace OpenTalent.Text.Titles;

/// <summary>
/// The title model's data: occupations, their labels as unit-length TF-IDF vectors of stemmed words and
/// of character trigrams, and the vocabularies. What is written to disk is only these arrays; the postings
/// and lookups are derived on load.
/// </summary>
internal sealed class TitleIndex
{
    /// <summary>Bits of <see cref="LabelSchemes"/>: which answers a label may appear in.</summary>
    public const byte OnetBit = 1, EscoBit = 2, AllBit = 4;

    private const int FormatVersion = 2;

    public TitleIndex(
        string[] occupationCodes,
        string[] occupationOnetCodes,
        string[] occupationLabels,
        float[] occupationPriors,
        int[] labelOccupations,
        byte[] labelSchemes,
        SparseRows labelTerms,
        SparseRows labelGrams,
        string[] terms,
        float[] termIdf,
        ulong[] grams,
        float[] gramIdf)
    {
        OccupationCodes = occupationCodes;
        OccupationOnetCodes = occupationOnetCodes;
        OccupationLabels = occupationLabels;
        OccupationPriors = occupationPriors;
        LabelOccupations = labelOccupations;
        LabelSchemes = labelSchemes;
        LabelTerms = labelTerms;
        LabelGrams = labelGrams;
        Terms = terms;
        TermIdf = termIdf;
        Grams = grams;
        GramIdf = gramIdf;
        Validate();

        var postings = labelTerms.Transpose(terms.Length);
        onetPostings = postings.Filter(label => (labelSchemes[label] & OnetBit) != 0);
        escoPostings = postings.Filter(label => (labelSchemes[label] & EscoBit) != 0);
        allPostings = postings.Filter(label => (labelSchemes[label] & AllBit) != 0);
        onetPostings.SortRowsByValueDescending();
        escoPostings.SortRowsByValueDescending();
        allPostings.SortRowsByValueDescending();
        var termIds = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            termIds[terms[i]] = i;
        }

        TermIds = termIds.ToFrozenDictionary(StringComparer.Ordinal);
        var gramIds = new Dictionary<ulong, int>(grams.Length);
        for (var i = 0; i < grams.Length; i++)
        {
            gramIds[grams[i]] = i;
        }

        GramIds = gramIds.ToFrozenDictionary();
        Fuzzy = new FuzzyTerms(terms);
    }

    public string[] OccupationCodes { get; }

    /// <summary>
    /// The code an occupation answers with in the O*NET scheme when that differs from <see cref="OccupationCodes"/>
    /// (a starter occupation with no imported O*NET twin answers under its O*NET-SOC code); empty otherwise.
    /// </summary>
    public string[] OccupationOnetCodes { get; }

    /// <summary>The code an occupation answers with in the scheme asked (one bit of <see cref="LabelSchemes"/>).</summary>
    public string CodeIn(int occupation, byte scheme) =>
        scheme == OnetBit && OccupationOnetCodes[occupation].Length > 0 ? OccupationOnetCodes[occupation] : OccupationCodes[occupation];

    public string[] OccupationLabels { get; }

    /// <summary>How much the taxonomies say about each occupation (its label count), scaled to [0, 1].</summary>
    public float[] OccupationPriors { get; }

    public int[] LabelOccupations { get; }

    public byte[] LabelSchemes { get; }

    public SparseRows LabelTerms { get; }

    public SparseRows LabelGrams { get; }

    public string[] Terms { get; }

    public float[] TermIdf { get; }

    public ulong[] Grams { get; }

    public float[] GramIdf { get; }

    private readonly SparseRows onetPostings, escoPostings, allPostings;

    /// <summary>For each term, the labels of one scheme (a single bit of <see cref="LabelSchemes"/>) that hold it, with its weight there.</summary>
    public SparseRows PostingsFor(byte scheme) => scheme switch
    {
        OnetBit => onetPostings,
        EscoBit => escoPostings,
        _ => allPostings,
    };

    public FrozenDictionary<string, int> TermIds { get; }

    public FrozenDictionary<ulong, int> GramIds { get; }

    public FuzzyTerms Fuzzy { get; }

    /// <summary>Row per occupation: for an O*NET occupation, the ESCO occupations its titles resemble (weights in (0, 1]).</summary>
    public SparseRows Bridge { get; set; } = new([0], [], []);

    /// <summary>Row per term: the head nouns that stand in for it as a title's head, with P(substitute | head).</summary>
    public SparseRows HeadSubstitutes { get; set; } = new([0], [], []);

    public int LabelCount => LabelOccupations.Length;

    public void Write(BinaryWriter writer)
    {
        writer.Write(FormatVersion);
        ModelIo.WriteStrings(writer, OccupationCodes);
        ModelIo.WriteStrings(writer, OccupationOnetCodes);
        ModelIo.WriteStrings(writer, OccupationLabels);
        ModelIo.WriteFloats(writer, OccupationPriors);
        ModelIo.WriteInts(writer, LabelOccupations);
        ModelIo.WriteBytes(writer, LabelSchemes);
        LabelTerms.Write(writer);
        LabelGrams.Write(writer);
        ModelIo.WriteStrings(writer, Terms);
        ModelIo.WriteFloats(writer, TermIdf);
        ModelIo.WriteLongs(writer, Grams);
        ModelIo.WriteFloats(writer, GramIdf);
        Bridge.Write(writer);
        HeadSubstitutes.Write(writer);
    }

    public static TitleIndex Read(BinaryReader reader)
    {
        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Title model format {version} is not supported (expected {FormatVersion}); rebuild the models.");
        }

        var index = new TitleIndex(
            ModelIo.ReadStrings(reader),
            ModelIo.ReadStrings(reader),
            ModelIo.ReadStrings(reader),
            ModelIo.ReadFloats(reader),
            ModelIo.ReadInts(reader),
            ModelIo.ReadBytes(reader),
            SparseRows.Read(reader),
            SparseRows.Read(reader),
            ModelIo.ReadStrings(reader),
            ModelIo.ReadFloats(reader),
            ModelIo.ReadLongs(reader),
            ModelIo.ReadFloats(reader));
        var bridge = SparseRows.Read(reader);
        if (bridge.RowCount != 0 && bridge.RowCount != index.OccupationCodes.Length || !Array.TrueForAll(bridge.Columns, c => (uint)c < (uint)index.OccupationCodes.Length))
        {
            throw new InvalidDataException("Corrupt title model: the O*NET-ESCO bridge does not fit the occupations.");
        }

        index.Bridge = bridge;
        var substitutes = SparseRows.Read(reader);
        if (substitutes.RowCount != 0 && substitutes.RowCount != index.Terms.Length || !Array.TrueForAll(substitutes.Columns, c => (uint)c < (uint)index.Terms.Length))
        {
            throw new InvalidDataException("Corrupt title model: the head substitutes do not fit the vocabulary.");
        }

        index.HeadSubstitutes = substitutes;
        return index;
    }

    private void Validate()
    {
        var occupations = OccupationCodes.Length;
        var ok = OccupationLabels.Length == occupations && OccupationOnetCodes.Length == occupations && OccupationPriors.Length == occupations
            && LabelSchemes.Length == LabelOccupations.Length
            && LabelTerms.RowCount == LabelOccupations.Length && LabelGrams.RowCount == LabelOccupations.Length
            && TermIdf.Length == Terms.Length && GramIdf.Length == Grams.Length
            && Array.TrueForAll(LabelOccupations, o => (uint)o < (uint)occupations)
            && Array.TrueForAll(LabelTerms.Columns, t => (uint)t < (uint)Terms.Length)
            && Array.TrueForAll(LabelGrams.Columns, g => (uint)g < (uint)Grams.Length);
        if (!ok)
        {
            throw new InvalidDataException("Corrupt title model: its arrays do not agree.");
        }
    }
}
