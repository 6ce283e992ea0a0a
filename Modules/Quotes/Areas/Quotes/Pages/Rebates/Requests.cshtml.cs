using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application.Offer;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Rebates;

/// <summary>Finance's to-do list of rebate requests (complete or refuse with a note); others see their own requests.</summary>
public sealed class RequestsModel : PageModel
{
    private readonly RebateClaimQueries _queries;
    private readonly RebateClaimCommands _commands;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal RequestsModel(
        RebateClaimQueries queries, RebateClaimCommands commands, RecordAccess access, BusinessClock clock, IStringLocalizer<QuotesModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)] public bool OpenOnly { get; set; }

    internal List<RebateClaim> Rows { get; private set; } = [];
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    internal bool CanDecide => _access.IsInRole(Roles.Finance);
    internal bool SeesAll => _queries.SeesAll;
    internal BusinessClock Clock => _clock;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await _queries.ListAsync(OpenOnly, ct);
        Names = await _access.NamesAsync(ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(OpenOnly, ct);
        var names = await _access.NamesAsync(ct);
        string[] header = ["Offer_RequestedAt", "Offer_RequestedBy", "Rebate_CustomerType", "Catalogue_Code", "Rebate_Amount",
            "Rebate_Range", "Rebate_Documents", "Rebate_Payout", "Offer_RebateNote", "Offer_Status", "Offer_DecidedBy", "Offer_DecisionNote"];
        return this.Csv("rebate-requests", _clock.Today, header.Select(k => _l[k].Value).ToList(),
            rows.Select(c => (IReadOnlyList<object?>)
            [
                _clock.Format(c.RequestedAt), names.NameOf(c.RequestedBy), c.CustomerType, c.ProductCode, c.Amount,
                $"{c.MinAmount:0.00} – {c.MaxAmount:0.00}", c.Documents, c.PayoutDate.ToString("yyyy-MM-dd", null), c.Note,
                _l["Offer_RebateStatus_" + c.Status].Value, names.NameOf(c.DecidedBy), c.DecisionNote,
            ]),
            rows.Count == RebateClaimQueries.MaxRows ? _l["Offer_Truncated", RebateClaimQueries.MaxRows].Value : null);
    }

    /// <param name="version">The row version the list showed.</param>
    public async Task<IActionResult> OnPostDecideAsync(Guid id, bool complete, string? note, int version, CancellationToken ct)
    {
        try
        {
            await _commands.DecideAsync(id, complete, note, version, ct);
            return this.Done(_l[complete ? "Offer_RebateCompleted" : "Offer_RebateRefused"]);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }
}
