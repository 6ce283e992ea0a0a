using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application;

/// <summary>
/// Only what Config/Pipeline still reads through it; the deal use cases are <see cref="DealCommands"/> and the reads
/// <see cref="PipelineQueries"/>. Delete once Config/Pipeline uses <see cref="PipelineQueries"/> directly.
/// </summary>
internal sealed class DealService(PipelineQueries pipelines)
{
    public Task<Pipeline?> DefaultPipelineAsync(CancellationToken ct) => pipelines.DefaultAsync(ct);
}
