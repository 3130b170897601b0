using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Web.Pages;

/// <summary>Credits for the reference data, and which releases this installation holds.</summary>
public sealed class AboutModel(ITaxonomyStore taxonomy) : PageModel
{
    public IReadOnlyList<ImportRecord> Imports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Imports = (await taxonomy.GetStatsAsync(cancellationToken)).Imports;

    public static string SourceName(TaxonomySource source) => source switch
    {
        TaxonomySource.Onet => "O*NET",
        TaxonomySource.Esco => "ESCO",
        TaxonomySource.Oews => "BLS OEWS",
        TaxonomySource.Starter => "OpenTalent starter taxonomy",
        _ => source.ToString(),
    };
}
