using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Models;

namespace OpenTalent.Text.Search;

/// <summary>Builds the query parser from the taxonomy and the current text models once, on first use.</summary>
public sealed class SearchQueryParserProvider(ITaxonomyStore taxonomy, TextModelProvider textModels) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private SearchQueryParser? parser;

    public async Task<SearchQueryParser> GetAsync(CancellationToken cancellationToken)
    {
        if (parser is { } ready)
        {
            return ready;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (parser is null)
            {
                var (models, _) = await textModels.GetAsync(null, cancellationToken);
                var snapshot = await taxonomy.LoadSnapshotAsync(cancellationToken);
                parser = SearchQueryParser.Build(snapshot, models);
            }

            return parser;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
