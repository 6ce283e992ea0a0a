using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>
/// The contracts a reader may see (own / team / all; Finance and the GM all), filtered in the database: the list with
/// search and paging, its CSV export, one contract's page (404 for anyone else's), and the pickers of the manual form.
/// </summary>
internal sealed class ContractQueries(
    CollectionsDbContext db, CollectionsAccess access, HistoryQueries history, IOrganisation organisation, BusinessClock clock,
    IStringLocalizer<CollectionsModule> l)
{
    public const int PageSize = 50;
    public const int MaxExport = 100_000;
    public const int MaxCustomerChoices = 500;

    public async Task<ContractPage> ListAsync(string? search, int page, CancellationToken ct)
    {
        var query = await RowsAsync(search, ct);
        var total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new ContractPage(rows, page, total, PageSize);
    }

    /// <summary>The list as CSV (UTF-8 with BOM, formula-safe) in the reader's language, every matching contract.</summary>
    public async Task<byte[]> ExportAsync(string? search, CancellationToken ct)
    {
        var rows = await (await RowsAsync(search, ct)).Take(MaxExport).ToListAsync(ct);
        var names = await access.Records.NamesAsync(ct);
        string[] header =
        [
            l["Contract_Field_Number"], l["Contract_Field_CustomerCode"], l["Contract_Field_Customer"], l["Contract_Field_Owner"],
            l["Contract_Field_Amount"], l["Contract_Field_Currency"], l["Contract_Field_Collected"], l["Contract_Field_Status"],
            l["Contract_Field_SignedOn"],
        ];
        return CsvExport.Write(header, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Number, r.CustomerCode, r.Customer, names.GetValueOrDefault(r.OwnerId, r.OwnerId.ToString()), r.Amount, r.Currency,
            r.Collected, l["ContractStatus_" + r.Status].Value, r.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ]));
    }

    /// <summary>The contract page, or null when it does not exist or the reader may not see it (the page answers 404).</summary>
    public async Task<ContractDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Milestones).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contract is null || !await access.CanSeeAsync(contract.OwnerId, ct))
        {
            return null;
        }
        var customer = await db.Customers.AsNoTracking().Where(c => c.CustomerId == contract.CustomerId)
            .Select(c => new { c.Code, c.Name }).FirstOrDefaultAsync(ct);
        var allocations = await (
                from a in db.Allocations.AsNoTracking()
                join p in db.Payments.AsNoTracking() on a.PaymentId equals p.Id
                where a.ContractId == id
                orderby a.AllocatedAt
                select new AllocationLine(a.ReceivableId, p.Id, p.BankReference, p.PaidOn, a.Amount, p.Currency, a.AllocatedAt, a.ReversedAt))
            .ToListAsync(ct);
        var changes = await db.ScheduleChanges.AsNoTracking().Where(c => c.ContractId == id).OrderByDescending(c => c.Revision)
            .ToListAsync(ct);
        return new ContractDetail(contract, customer?.Name ?? contract.CustomerId.ToString(), customer?.Code, allocations, changes,
            await history.ForContractAsync(contract, ct), clock.Today);
    }

    /// <summary>Customers for the manual form's picker (code and name), not merged ones.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> CustomerChoicesAsync(CancellationToken ct) =>
        (await db.Customers.AsNoTracking().Where(c => c.MergedInto == null).OrderBy(c => c.Name).Take(MaxCustomerChoices)
            .Select(c => new { c.Code, c.Name }).ToListAsync(ct)).Select(c => (c.Code, c.Name)).ToList();

    /// <summary>Active people who may own a contract.</summary>
    public async Task<IReadOnlyList<OrgUser>> OwnerChoicesAsync(CancellationToken ct) =>
        (await organisation.ActiveUsersAsync(ct)).Where(u => u.Roles.Any(ContractCommands.OwnerRoles.Contains))
            .OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();

    private async Task<IQueryable<ContractRow>> RowsAsync(string? search, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var today = clock.Today;
        var rows =
            from c in db.Contracts.AsNoTracking().VisibleTo(visibility, c => c.OwnerId)
            join a in db.Customers.AsNoTracking() on c.CustomerId equals a.CustomerId into accounts
            from a in accounts.DefaultIfEmpty()
            select new { c, a };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim();
            rows = rows.Where(x => x.c.Number.Contains(q) || (x.a != null && (x.a.Code.Contains(q) || x.a.Name.Contains(q))));
        }
        return rows
            .OrderByDescending(x => x.c.SignedOn).ThenByDescending(x => x.c.Number)
            .Select(x => new ContractRow(
                x.c.Id, x.c.Number, x.c.CustomerId, x.a == null ? null : x.a.Code, x.a == null ? null : x.a.Name, x.c.OwnerId, x.c.Amount,
                x.c.Currency, x.c.Milestones.Sum(m => m.PaidAmount), x.c.SignedOn, x.c.ClosedLoopAt != null,
                x.c.Milestones.Any(m => m.Status != ReceivableStatus.Paid && m.DueDate < today)));
    }
}
