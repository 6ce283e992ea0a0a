using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Collections.Application.Milestones;

namespace SalesSuite.Collections.Areas.Collections.Pages.Receipts;

/// <summary>
/// Downloads a bank receipt the reader may see through a milestone or payment that uses it (404 otherwise). Always a
/// download (Content-Disposition: attachment) with the type sniffed at upload and nosniff, so it never renders as a page.
/// </summary>
public sealed class DownloadModel : PageModel
{
    private readonly MilestoneQueries _queries;

    internal DownloadModel(MilestoneQueries queries) => _queries = queries;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.ReceiptAsync(id, ct) is not { } receipt)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(receipt.Content, receipt.ContentType, receipt.FileName);
    }
}
