using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Contacts;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Customers;

/// <summary>
/// A customer's contacts with their roles (also a panel on the customer page): whoever sees the customer reads them;
/// the owner or a manager adds, changes and removes them (htmx swaps the panel; without htmx: PRG). Not visible → 404,
/// not allowed → 403, bad input → 422, a stale edit → 409; CSV export.
/// </summary>
public sealed class ContactsModel : PageModel
{
    private readonly ContactQueries _queries;
    private readonly ContactCommands _commands;
    private readonly IValidator<ContactInput> _validator;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal ContactsModel(
        ContactQueries queries, ContactCommands commands, IValidator<ContactInput> validator, BusinessClock clock, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _clock = clock;
        _l = l;
    }

    public ContactsPanel Panel { get; private set; } = new();

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.ListAsync(id, ct) is not { } list)
        {
            return NotFound();
        }
        Panel = new ContactsPanel { List = list };
        return Request.IsHtmx() ? Partial("_Contacts", Panel) : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.ListAsync(id, ct) is not { } list)
        {
            return NotFound();
        }
        string[] header = ["Cust_Contact_Name", "Cust_Contact_Role", "Cust_Contact_Phone", "Cust_Contact_Email", "Cust_Contact_Title",
            "Cust_Contact_Primary"];
        return this.Csv("contacts-" + list.Customer.Code, _clock.Today, [.. header.Select(k => _l[k].Value)],
            list.Contacts.Select(c => (IReadOnlyList<object?>)
                [c.Name, _l["Cust_ContactRole_" + c.Role].Value, c.Phone, c.Email, c.Title, c.IsPrimary ? _l["Cust_Yes"].Value : ""]));
    }

    public Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct) =>
        AnswerAsync(id, true, () => _commands.AddAsync(id, Input, ct), "Cust_Contact_Added", ct);

    public Task<IActionResult> OnPostEditAsync(Guid id, Guid contactId, CancellationToken ct) =>
        AnswerAsync(id, true, () => _commands.EditAsync(id, contactId, Input, ct), "Cust_Contact_Saved", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid contactId, int version, CancellationToken ct) =>
        AnswerAsync(id, false, () => _commands.RemoveAsync(id, contactId, version, ct), "Cust_Contact_Removed", ct);

    private async Task<IActionResult> AnswerAsync(Guid id, bool validate, Func<Task> command, string doneKey, CancellationToken ct)
    {
        (string Text, string Kind, int Status)? outcome;
        if (validate && !(ModelState.Validate(_validator, Input, _l) && ModelState.IsValid))
        {
            var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct();
            outcome = (string.Join(" ", problems), "danger", StatusCodes.Status422UnprocessableEntity);
        }
        else
        {
            try
            {
                await command();
                outcome = (_l[doneKey].Value, "success", StatusCodes.Status200OK);
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (UnauthorizedAccessException)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (DomainException refusal)
            {
                outcome = (_l.Text(refusal), refusal is StaleEditException ? "warning" : "danger", refusal.StatusCode);
            }
        }
        if (!Request.IsHtmx())
        {
            TempData.Flash(outcome.Value.Text, outcome.Value.Kind);
            return RedirectToPage("/Customers/Detail", null, new { id }, "contacts");
        }
        if (await _queries.ListAsync(id, ct) is not { } list)
        {
            return NotFound();
        }
        var failedAdd = outcome.Value.Status != StatusCodes.Status200OK && Request.Query["handler"] == "Add";
        Panel = new ContactsPanel { List = list, Message = (outcome.Value.Text, outcome.Value.Kind), AddInput = failedAdd ? Input : new() };
        return Partial("_Contacts", Panel).WithStatus(outcome.Value.Status);
    }
}
