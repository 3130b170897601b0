using System.Text;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Titles;

namespace OpenTalent.Text.Tests.Titles;

public class TitleNormalizerTests
{
    private static TitleNormalizer Normalizer => TitleFixture.Normalizer;

    private static string Top(string title, TaxonomyScheme scheme) => Normalizer.Normalize(title, scheme, 5).Matches[0].Code;

    [Fact]
    public void Reads_the_occupation_seniority_and_specialisation_of_a_noisy_title()
    {
        var result = Normalizer.Normalize("Sr. ML Eng (LLMs) - remote", TaxonomyScheme.Onet, 3);

        result.Matches[0].Code.ShouldBe("15-2051.00");
        result.Matches[0].Label.ShouldBe("Data Scientists");
        result.Seniority.ShouldBe(Seniority.Senior);
        result.Specialisation.ShouldBe("LLMs");
        result.Input.ShouldBe("Sr. ML Eng (LLMs) - remote");
    }

    [Theory]
    [InlineData("Software Engineer", TitleFixture.EscoSoftware)]
    [InlineData("Senior Software Dev", TitleFixture.EscoSoftware)]
    [InlineData("Junior Java Developer (m/f/d) - Berlin", TitleFixture.EscoSoftware)]
    [InlineData("Registered Nurse (m/w/d) - 50k - hybrid", TitleFixture.EscoNurse)]
    [InlineData("HAIRDRESSER!!", TitleFixture.EscoHairdresser)]
    [InlineData("Shop Assistant - Part Time - REQ-12345", TitleFixture.EscoSalesAssistant)]
    public void Finds_the_esco_occupation_through_noise(string title, string expected) => Top(title, TaxonomyScheme.Esco).ShouldBe(expected);

    [Theory]
    [InlineData("Softwre Enginer", TitleFixture.EscoSoftware)]
    [InlineData("Hairdreser", TitleFixture.EscoHairdresser)]
    [InlineData("Data Scyentist", TitleFixture.EscoDataScientist)]
    public void Tolerates_typos(string title, string expected) => Top(title, TaxonomyScheme.Esco).ShouldBe(expected);

    [Theory]
    [InlineData("RN", "29-1141.00")]
    [InlineData("Sr SWE", "15-1252.00")]
    [InlineData("ML Eng", "15-2051.00")]
    public void Expands_abbreviations(string title, string expected) => Top(title, TaxonomyScheme.Onet).ShouldBe(expected);

    [Fact]
    public void Answers_in_the_scheme_asked()
    {
        const string title = "Machine Learning Engineer";
        Normalizer.Normalize(title, TaxonomyScheme.Esco, 50).Matches.ShouldAllBe(m => m.Code.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal));
        Normalizer.Normalize(title, TaxonomyScheme.Onet, 50).Matches.ShouldAllBe(m => System.Text.RegularExpressions.Regex.IsMatch(m.Code, @"^\d{2}-\d{4}\.\d{2}$"));
        var all = Normalizer.Normalize(title, TaxonomyScheme.All, 50).Matches.Select(m => m.Code).ToList();
        all.ShouldContain("starter:ml-engineer");
        all.ShouldContain("15-2051.00");
        all.ShouldContain(TitleFixture.EscoDataScientist);
    }

    [Fact]
    public void Scores_are_in_range_best_first_and_capped_at_top()
    {
        var matches = Normalizer.Normalize("Developer", TaxonomyScheme.All, 2).Matches;

        matches.Count.ShouldBe(2);
        matches.ShouldAllBe(m => m.Score >= 0 && m.Score <= 1);
        matches[0].Score.ShouldBeGreaterThanOrEqualTo(matches[1].Score);
        Normalizer.Normalize("Developer", TaxonomyScheme.All, 0).Matches.ShouldBeEmpty();
    }

    [Fact]
    public void A_written_and_read_model_gives_identical_results()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            Normalizer.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var loaded = TitleNormalizer.Read(reader);

        foreach (var title in new[] { "Sr. ML Eng (LLMs) - remote", "Softwre Enginer", "RN", "Shop Assistant", "hair stylist, barber" })
        {
            foreach (var scheme in Enum.GetValues<TaxonomyScheme>())
            {
                loaded.Normalize(title, scheme, 10).ShouldBeEquivalentTo(Normalizer.Normalize(title, scheme, 10));
            }
        }
    }

    [Fact]
    public void Results_do_not_depend_on_which_thread_built_the_model_or_asks()
    {
        // Building learns the title bridge on this thread and pool threads; nothing of that may linger into queries.
        var built = TitleNormalizer.Build(TitleFixture.Snapshot());
        string[] titles = ["Sr. ML Eng (LLMs) - remote", "Software Engineer", "Data Scientist", "shop assistant", "RN"];
        var here = titles.SelectMany(t => Enum.GetValues<TaxonomyScheme>().Select(s => built.Normalize(t, s, 10))).ToList();

        List<TitleNormalization>? elsewhere = null;
        var thread = new Thread(() => elsewhere = [.. titles.SelectMany(t => Enum.GetValues<TaxonomyScheme>().Select(s => built.Normalize(t, s, 10)))]);
        thread.Start();
        thread.Join();

        elsewhere.ShouldBeEquivalentTo(here);
    }

    [Fact]
    public void A_damaged_model_is_refused_with_a_clear_error()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);
        using var reader = new BinaryReader(stream);
        Should.Throw<InvalidDataException>(() => TitleNormalizer.Read(reader));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(m/f/d) - remote - 100k")]
    [InlineData("\u0000\u0001\u0002\t\r\n")]
    [InlineData("!!!??? ((( ))) ---")]
    [InlineData("\ud800\udc00\ud800")]
    public void Odd_input_gives_no_matches_and_no_error(string title)
    {
        var result = Normalizer.Normalize(title, TaxonomyScheme.All, 10);
        result.Matches.ShouldBeEmpty();
        result.Seniority.ShouldBe(Seniority.Unspecified);
    }

    [Fact]
    public void A_huge_garbage_title_is_handled_quickly()
    {
        var random = new Random(7);
        var chars = new char[50_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }

        Should.NotThrow(() => Normalizer.Normalize(new string(chars), TaxonomyScheme.All, 100));
        Should.NotThrow(() => Normalizer.Normalize(new string('x', 50_000), TaxonomyScheme.Esco, 100));
        Should.NotThrow(() => Normalizer.Normalize(null!, TaxonomyScheme.Esco, 100));
    }

    [Fact]
    public void Is_safe_to_call_from_many_threads()
    {
        var titles = new[] { "Software Engineer", "Registered Nurse", "Hairdresser", "Sales Associate", "Sr. ML Eng", "Data Scientist - NLP" };
        var expected = titles.Select(t => Normalizer.Normalize(t, TaxonomyScheme.All, 10)).ToArray();
        var results = new TitleNormalization[600];

        Parallel.For(0, results.Length, i => results[i] = Normalizer.Normalize(titles[i % titles.Length], TaxonomyScheme.All, 10));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].ShouldBeEquivalentTo(expected[i % titles.Length]);
        }
    }
}
