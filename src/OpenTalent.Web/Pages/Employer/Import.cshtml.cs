using OpenTalent.Core.Hiring;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer;

/// <summary>
/// Bulk import: the file goes to <c>POST /api/v1/employer/imports</c> from the page's script, which follows the
/// import's progress and shows its per-row report. The page itself lists the organisation's recent imports.
/// </summary>
public sealed class ImportModel(EmployerAccess access, BulkImportRuns runs) : EmployerPageModel(access)
{
    public IReadOnlyList<BulkImportView> Recent { get; private set; } = [];

    public static IReadOnlyList<string> CsvColumns => BulkPostingRows.CsvColumns;

    public static int MaxRows => BulkPostingImportApi.MaxRows;

    public static int MaxMegabytes => BulkPostingImportApi.MaxRequestBytes / (1024 * 1024);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ResolveAsync(EmployerAction.WriteJobs, cancellationToken))
        {
            Recent = runs.List(Caller!.OrganisationId);
        }
    }

    public static string Describe(BulkImportView import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return import.Status switch
        {
            BulkImportStage.Succeeded when import.Result is { } result => $"{result.Added + result.Replaced} imported" + (result.Skipped > 0 ? $", {result.Skipped} skipped" : ""),
            BulkImportStage.Rejected => $"Nothing imported: {import.InvalidRows} invalid {(import.InvalidRows == 1 ? "row" : "rows")}",
            BulkImportStage.Failed => "Failed: " + (import.Title ?? "nothing was imported"),
            _ => "Running",
        };
    }
}
