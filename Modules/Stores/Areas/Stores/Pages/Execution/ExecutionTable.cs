using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Execution;

/// <summary>
/// One page of the execution lines by store or by promotion (<see cref="IndexModel.PageSize"/> rows from
/// <paramref name="Skip"/>) with the links of its numbers and, when lines remain, the htmx URL of the next page.
/// </summary>
internal sealed record ExecutionTable(
    string Kind, string NameLabel, IReadOnlyList<ExecutionLine> Rows, int Skip, int Total, string MoreUrl,
    RowLinks? Name, RowLinks Executed, RowLinks Due, RowLinks NotExecuted, RowLinks NotReported)
{
    public int Shown => Skip + Rows.Count;

    public int More => Total - Shown;
}
