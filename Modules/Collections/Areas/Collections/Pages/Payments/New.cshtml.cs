using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Payments;

/// <summary>
/// Finance records a payment: customer, bank reference, date, amount, currency, payer, receipt, and allocation (oldest
/// first or by hand). <c>?receivableId=</c> starts from one milestone (its customer, by hand, its outstanding amount).
/// </summary>
/// <remarks>Uploads a receipt: the request limit is the receipt's plus a little for the other fields.</remarks>
[RequestSizeLimit(Domain.Receipt.MaxBytes + (256 * 1024))]
public sealed class NewModel : PageModel
{
    private readonly PaymentQueries _queries;
    private readonly PaymentCommands _commands;
    private readonly CollectionsAccess _access;
    private readonly IValidator<PaymentInput> _validator;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal NewModel(
        PaymentQueries queries, PaymentCommands commands, CollectionsAccess access, IValidator<PaymentInput> validator, BusinessClock clock,
        IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _validator = validator;
        _clock = clock;
        _l = l;
    }

    [BindProperty]
    public PaymentInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Receipt { get; set; }

    internal PaymentFormView View { get; private set; } = new([], [], 0m, null);

    /// <summary>The posted (or preset) amount of the by-hand line for <paramref name="receivableId"/>.</summary>
    internal string? LineAmount(Guid receivableId) => Input.Lines.FirstOrDefault(l => l.ReceivableId == receivableId)?.Amount;

    /// <summary>The problem with the posted line for <paramref name="receivableId"/> (the lines are keyed by their posted index).</summary>
    internal string? LineError(Guid receivableId)
    {
        var index = Input.Lines.FindIndex(l => l.ReceivableId == receivableId);
        return index >= 0 && ModelState.TryGetValue($"Input.Lines[{index}].Amount", out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage : null;
    }

    public async Task<IActionResult> OnGetAsync(Guid? customerId, Guid? receivableId, CancellationToken ct)
    {
        if (!_access.IsFinance)
        {
            return Forbid();
        }
        Input.PaidOn = _clock.Today.ToString("yyyy-MM-dd", null);
        Input.CustomerId = customerId;
        if (receivableId is { } id)
        {
            if (await _queries.OpenReceivableAsync(id, ct) is not { } start)
            {
                return NotFound();
            }
            Input.CustomerId = start.CustomerId;
            Input.Mode = AllocationMode.ByHand;
            Input.Amount = AmountText.Format(start.Outstanding);
            Input.Currency = start.Currency;
            Input.Lines = [new AllocationLineInput { ReceivableId = id, Amount = AmountText.Format(start.Outstanding) }];
        }
        View = await _queries.FormAsync(Input.CustomerId, ct);
        if (receivableId is null && View.Currency is { } currency)
        {
            Input.Currency = currency;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!_access.IsFinance)
        {
            return Forbid();
        }
        View = await _queries.FormAsync(Input.CustomerId, ct);
        if (!ModelState.Validate(_validator, Input, _l) || !ModelState.IsValid)
        {
            return Refused();
        }
        try
        {
            var upload = Receipt is { Length: > 0 } file ? new ReceiptUpload(file.FileName, file.Length, file.OpenReadStream()) : null;
            var id = await _commands.RecordAsync(Input, upload, ct);
            TempData.Flash(_l["Payment_Recorded"], "success");
            return RedirectToPage("/Payments/Detail", new { id });
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(FieldOf(refusal), _l.Text(refusal));
            View = await _queries.FormAsync(Input.CustomerId, ct);
            return Refused();
        }
    }

    /// <summary>The form again with its problems next to the fields (422: nothing was saved).</summary>
    private PageResult Refused()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    /// <summary>The form field a refusal belongs next to.</summary>
    private static string FieldOf(DomainException refusal) => refusal.Key switch
    {
        "Payment_Error_Currency" or "Payment_Error_CurrencyCode" => "Input.Currency",
        _ when refusal is AllocationLineRefusal line => $"Input.Lines[{line.Index}].Amount",
        "Payment_Error_Amount" => "Input.Amount",
        "Payment_Error_PaidOn" => "Input.PaidOn",
        "Payment_Error_CustomerRequired" => "Input.CustomerId",
        "Payment_Error_PayerTooLong" => "Input.Payer",
        var key when key.StartsWith("Receipt_", StringComparison.Ordinal) => nameof(Receipt),
        var key when key.StartsWith("Payment_Error_Reference", StringComparison.Ordinal) || key == "Payment_Error_DuplicateReference"
            => "Input.BankReference",
        _ => string.Empty,
    };
}
