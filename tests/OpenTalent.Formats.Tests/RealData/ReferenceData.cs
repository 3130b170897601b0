using OpenTalent.Formats.Esco;
using OpenTalent.Formats.Oews;
using OpenTalent.Formats.Onet;
using OpenTalent.Formats.Reading;
using OpenTalent.Testing;

namespace OpenTalent.Formats.Tests.RealData;

/// <summary>
/// The public reference files in ../shared/data, each read once per test run and shared by the tests that check it.
/// Every accessor skips the calling test, with the reason, when the data is absent.
/// </summary>
internal static class ReferenceData
{
    public const string OnetFolder = "onet-29.3";
    public const string OewsXlsx = "bls-oews-2024/national_M2024_dl.xlsx";
    public const string OewsCsv = "bls-oews-2024/national_M2024_dl.csv";
    public const string EscoFolder = "esco";

    private static readonly Lazy<SourceReadResult> OnetResult = new(() => OnetReader.Read(Locate(OnetFolder)));
    private static readonly Lazy<SourceReadResult> OewsXlsxResult = new(() => OewsReader.Read(Locate(OewsXlsx)));
    private static readonly Lazy<SourceReadResult> OewsCsvResult = new(() => OewsReader.Read(Locate(OewsCsv)));
    private static readonly Lazy<SourceReadResult> EscoResult = new(() => EscoReader.Read(Locate(EscoFolder)));

    public static SourceReadResult Onet() => Get(OnetFolder, OnetResult);

    public static SourceReadResult OewsFromXlsx() => Get(OewsXlsx, OewsXlsxResult);

    public static SourceReadResult OewsFromCsv() => Get(OewsCsv, OewsCsvResult);

    public static SourceReadResult Esco() => Get(EscoFolder, EscoResult);

    private static SourceReadResult Get(string relative, Lazy<SourceReadResult> result)
    {
        SharedData.Require(relative);
        return result.Value;
    }

    private static string Locate(string relative) => Path.Combine(SharedData.Directory!, relative);
}
