using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application;
using SalesSuite.Goals.Application.Customers;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Customers;

/// <summary>
/// A manager's key customers: the team's customers Goals knows, their grade, and a key mark (htmx, per record). Past
/// visits of a customer count as key visits (or stop counting) as soon as it is marked (unmarked).
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly CustomerQueries _queries;
    private readonly CustomerCommands _commands;
    private readonly GoalsAccess _access;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal IndexModel(CustomerQueries queries, CustomerCommands commands, GoalsAccess access, BusinessClock business,
        IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _business = business;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool KeyOnly { get; set; }

    internal IReadOnlyList<GoalCustomer> Rows { get; private set; } = [];

    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    internal bool Truncated => Rows.Count > CustomerQueries.Cap;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => this.GuardAsync(async () =>
    {
        Rows = await _queries.ListAsync(Q, KeyOnly, ct);
        Names = await _access.Records.NamesAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => this.GuardAsync(async () =>
    {
        var rows = await _queries.ListAsync(Q, KeyOnly, ct);
        var names = await _access.Records.NamesAsync(ct);
        string[] header =
        [
            "Contracts_Customers_Code", "Contracts_Customers_Name", "Contracts_Customers_Owner", "Contracts_Customers_Grade",
            "Contracts_Customers_Key", "Contracts_Customers_Products",
        ];
        return this.Csv("key-customers", _business.Today, header.Select(k => _l[k].Value).ToList(),
            rows.Take(CustomerQueries.Cap).Select(c => (IReadOnlyList<object?>)
                [c.Code, c.Name, c.OwnerId is { } o ? names.GetValueOrDefault(o) : "", c.Grade, _l[c.IsKey ? "Common_Yes" : "Common_No"].Value,
                 string.Join(" ", c.Products)]),
            rows.Count > CustomerQueries.Cap ? _l["Contracts_Customers_Truncated", CustomerQueries.Cap].Value : null);
    });

    /// <summary>Marks or unmarks one customer (htmx: the row again).</summary>
    public Task<IActionResult> OnPostMarkAsync(Guid id, bool key, CancellationToken ct) => this.GuardAsync(async () =>
    {
        await _commands.MarkKeyAsync(id, key, ct);
        if (!Request.IsHtmx())
        {
            return this.Done(_l[key ? "Contracts_Customers_Marked" : "Contracts_Customers_Unmarked"]);
        }
        Names = await _access.Records.NamesAsync(ct);
        return Partial("_Row", (this, await _queries.FindAsync(id, ct)));
    });
}
