using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Tests.Onet;

namespace OpenTalent.Formats.Tests;

public class TaxonomyImporterTests
{
    [Fact]
    public async Task Reads_the_whole_release_then_hands_it_to_the_store_with_its_full_path()
    {
        using var fixture = OnetFixture.Complete();
        var store = new RecordingStore();
        var updates = new List<ProgressUpdate>();

        var summary = await new TaxonomyImporter(store).ImportAsync(
            TaxonomySource.Onet, fixture.Path, SynchronousProgress.Create<ProgressUpdate>(updates.Add), TestContext.Current.CancellationToken);

        var (release, origin) = store.Replaced.ShouldHaveSingleItem();
        origin.ShouldBe(Path.GetFullPath(fixture.Path));
        summary.Origin.ShouldBe(origin);
        (summary.Source, summary.Release).ShouldBe((TaxonomySource.Onet, "29.3"));
        summary.Occupations.ShouldBe(release.Occupations.Count);
        summary.Titles.ShouldBe(release.TitleCount);
        (summary.Skills, summary.OccupationSkills, summary.RelatedOccupations, summary.Wages).ShouldBe((5, 7, 2, 0));
        summary.SkippedRows.ShouldBe(2);
        summary.Warnings.ShouldNotBeEmpty();
        summary.FilesRead.Count.ShouldBe(11);
        summary.ReadTime.ShouldBeGreaterThan(TimeSpan.Zero);
        updates.ShouldContain(u => u.Step == "O*NET: Occupation Data.txt");
    }

    [Fact]
    public async Task Nothing_is_stored_when_reading_fails()
    {
        using var fixture = OnetFixture.Complete();
        fixture.Write("Job Zones.txt", "O*NET-SOC Code\tTitle\tJob Zone", "15-1252.00\tSoftware Developers\tsix");
        var store = new RecordingStore();

        var error = await Should.ThrowAsync<SourceDataException>(() =>
            new TaxonomyImporter(store).ImportAsync(TaxonomySource.Onet, fixture.Path, null, TestContext.Current.CancellationToken));

        error.Message.ShouldStartWith("Job Zones.txt, line 2:");
        store.Replaced.ShouldBeEmpty();
    }

    [Fact]
    public async Task Imports_oews_and_esco_through_the_matching_reader()
    {
        using var folder = new Testing.TempDirectory();
        var store = new RecordingStore();
        var importer = new TaxonomyImporter(store);
        using var escoFolder = new Testing.TempDirectory();
        Esco.EscoFixture.WriteTabiya(escoFolder);
        var oews = Oews.OewsFixture.WriteCsv(folder.File("national_M2024_dl.csv"));

        var wages = await importer.ImportAsync(TaxonomySource.Oews, oews, null, TestContext.Current.CancellationToken);
        var skills = await importer.ImportAsync(TaxonomySource.Esco, escoFolder.Path, null, TestContext.Current.CancellationToken);

        (wages.Source, wages.Wages).ShouldBe((TaxonomySource.Oews, 5));
        (skills.Source, skills.Occupations, skills.Skills).ShouldBe((TaxonomySource.Esco, 2, 6));

        store.Replaced.Select(r => r.Release.Source).ShouldBe([TaxonomySource.Oews, TaxonomySource.Esco]);
    }

    [Fact]
    public async Task A_cancelled_import_stores_nothing()
    {
        using var fixture = OnetFixture.Complete();
        var store = new RecordingStore();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            new TaxonomyImporter(store).ImportAsync(TaxonomySource.Onet, fixture.Path, null, cancelled.Token));

        store.Replaced.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_source_needs_a_path()
    {
        var importer = new TaxonomyImporter(new RecordingStore());

        await Should.ThrowAsync<ArgumentException>(() => importer.ImportAsync(TaxonomySource.Esco, " ", null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void AddFormats_registers_the_importer_and_the_matching_workspace_once_each()
    {
        var services = new ServiceCollection();

        services.AddFormats().AddFormats();

        services.Select(s => s.ServiceType).ShouldBe([typeof(TaxonomyImporter), typeof(OpenTalent.Formats.Matching.MatchingWorkspace)], ignoreOrder: true);
    }

    private sealed class RecordingStore : ITaxonomyStore
    {
        public List<(TaxonomyRelease Release, string Origin)> Replaced { get; } = [];

        public Task ReplaceReleaseAsync(TaxonomyRelease release, string origin, IProgress<ProgressUpdate>? progress, CancellationToken cancellationToken)
        {
            Replaced.Add((release, origin));
            return Task.CompletedTask;
        }

        public Task<TaxonomyStats> GetStatsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<OccupationSummary>> FindOccupationsAsync(string codeOrTitle, int limit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<OccupationDetail?> GetOccupationAsync(long id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<TaxonomySnapshot> LoadSnapshotAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
