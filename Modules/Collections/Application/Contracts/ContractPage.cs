namespace SalesSuite.Collections.Application.Contracts;

/// <summary>One page of the contract list.</summary>
internal sealed record ContractPage(IReadOnlyList<ContractRow> Rows, int Page, int Total, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
