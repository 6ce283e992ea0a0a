using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application.Evidence;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Evidence;

/// <summary>
/// Finance's cost-breakdown evidence of one quote: the list and downloads for whoever may see the quote, the upload for
/// Finance while the quote is in approval. The quote page loads <c>Panel</c> into its own card.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly EvidenceQueries _queries;
    private readonly EvidenceCommands _commands;
    private readonly RecordAccess _access;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal IndexModel(
        EvidenceQueries queries, EvidenceCommands commands, RecordAccess access, BusinessClock clock, IStringLocalizer<QuotesModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        Clock = clock;
        _l = l;
    }

    internal BusinessClock Clock { get; }
    internal Quote Quote { get; private set; } = null!;
    internal IReadOnlyList<CostEvidence> Files { get; private set; } = [];
    internal bool CanUpload => _access.IsInRole(Roles.Finance) && Quote.Status == QuoteStatus.InApproval;
    internal bool Required => Quote.Urgent;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPanelAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Partial("_Panel", this) : NotFound();

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid evidenceId, CancellationToken ct)
    {
        if (await _queries.OpenAsync(id, evidenceId, ct) is not { } found)
        {
            return NotFound();
        }
        return File(found.Content, found.Evidence.ContentType, found.Evidence.FileName);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (file is null)
        {
            return this.Refused(_l["Appr_Error_EvidenceMissing"], routeValues: new { id });
        }
        try
        {
            await using var content = file.OpenReadStream();
            await _commands.UploadAsync(id, file.FileName, content, ct);
            return this.Done(_l["Appr_EvidenceUploaded"], routeValues: new { id });
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, new { id });
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.ForQuoteAsync(id, ct) is not { } found)
        {
            return false;
        }
        (Quote, Files) = found;
        return true;
    }
}
