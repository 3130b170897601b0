using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Titles;

namespace OpenTalent.Text.Tests.Titles;

/// <summary>A small hand-written taxonomy: a few ESCO, O*NET and starter occupations with their titles.</summary>
internal static class TitleFixture
{
    public const string EscoSoftware = "http://data.europa.eu/esco/occupation/software-developer";
    public const string EscoDataScientist = "http://data.europa.eu/esco/occupation/data-scientist";
    public const string EscoNurse = "http://data.europa.eu/esco/occupation/general-nurse";
    public const string EscoHairdresser = "http://data.europa.eu/esco/occupation/hairdresser";
    public const string EscoSalesAssistant = "http://data.europa.eu/esco/occupation/sales-assistant";

    private static readonly Lazy<TitleNormalizer> Shared = new(() => TitleNormalizer.Build(Snapshot()));

    public static TitleNormalizer Normalizer => Shared.Value;

    public static TaxonomySnapshot Snapshot()
    {
        var occupations = new List<SnapshotOccupation>();
        void Add(TaxonomySource source, string key, string title, OccupationCode[] codes, params string[] alternates) =>
            occupations.Add(new SnapshotOccupation(
                occupations.Count, source, key, title, null, codes,
                [new OccupationTitle(title, TitleKind.Preferred), .. alternates.Select(a => new OccupationTitle(a, TitleKind.Alternate))],
                [], [], [], null));

        OccupationCode Esco(string uri) => new(CodeScheme.EscoUri, uri);
        OccupationCode Onet(string code) => new(CodeScheme.OnetSoc, code);

        Add(TaxonomySource.Esco, EscoSoftware, "software developer", [Esco(EscoSoftware)], "software engineer", "application developer", "programmer", "developer");
        Add(TaxonomySource.Esco, EscoDataScientist, "data scientist", [Esco(EscoDataScientist)], "data science specialist", "machine learning scientist");
        Add(TaxonomySource.Esco, EscoNurse, "nurse responsible for general care", [Esco(EscoNurse)], "registered nurse", "general nurse", "staff nurse");
        Add(TaxonomySource.Esco, EscoHairdresser, "hairdresser", [Esco(EscoHairdresser)], "hair stylist", "barber");
        Add(TaxonomySource.Esco, EscoSalesAssistant, "sales assistant", [Esco(EscoSalesAssistant)], "shop assistant", "retail sales assistant");
        Add(TaxonomySource.Onet, "15-1252.00", "Software Developers", [Onet("15-1252.00")], "Software Engineer", "Application Developer", "Backend Developer", "Programmer Analyst");
        Add(TaxonomySource.Onet, "15-2051.00", "Data Scientists", [Onet("15-2051.00")], "Data Scientist", "Machine Learning Scientist", "Data Analytics Specialist");
        Add(TaxonomySource.Onet, "29-1141.00", "Registered Nurses", [Onet("29-1141.00")], "Registered Nurse", "Staff Nurse", "Clinical Nurse");
        Add(TaxonomySource.Onet, "39-5012.00", "Hairdressers, Hairstylists, and Cosmetologists", [Onet("39-5012.00")], "Hair Stylist", "Hairdresser", "Cosmetologist");
        Add(TaxonomySource.Onet, "41-2031.00", "Retail Salespersons", [Onet("41-2031.00")], "Sales Associate", "Salesperson", "Retail Sales Associate");
        Add(TaxonomySource.Starter, "ml-engineer", "Machine Learning Engineer", [new OccupationCode(CodeScheme.Local, "ml-engineer"), Onet("15-2051.00")], "ML Engineer", "LLM Engineer", "Applied ML Engineer");
        return new TaxonomySnapshot(occupations, []);
    }
}
