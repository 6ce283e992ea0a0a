using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Application.Plans;

/// <summary>
/// Weekly-plan use cases: generate a week from the template and the person's contracts (never over an existing plan;
/// regenerating is explicit and carries the version it replaces), add, move and remove items. The person themself or
/// their manager (404 for anyone outside the line, 403 for a colleague); a form showing an older version → 409.
/// </summary>
internal sealed class PlanCommands(
    GoalsDbContext db,
    UnitOfWork<GoalsDbContext> unitOfWork,
    GoalsAccess access,
    ModuleSettings<GoalsDbContext, GoalsSettings> settings,
    EvidenceService evidence,
    BusinessClock business)
{
    /// <summary>
    /// Generates the week. Without <paramref name="regenerateVersion"/> an existing plan is refused (Plans_Error_Exists);
    /// with it, the plan of that version is emptied and generated again. Returns the number of items.
    /// </summary>
    public async Task<int> GenerateAsync(Guid userId, GoalPeriod week, int? regenerateVersion, CancellationToken ct)
    {
        await access.EnsureCanManageAsync(userId, ct);
        var plan = await LoadAsync(userId, week.Start, ct);
        if (plan is not null && regenerateVersion is null)
        {
            throw new DomainException("Plans_Error_Exists");
        }
        var now = business.Now;
        if (plan is null)
        {
            plan = new WeeklyPlan(Guid.NewGuid(), userId, week.Start, now);
            db.Plans.Add(plan);
        }
        else
        {
            StaleEditException.ThrowIfChanged(regenerateVersion!.Value, plan.Version);
            db.Entry(plan).Property(p => p.Version).OriginalValue = regenerateVersion.Value;
            plan.Clear(now);
        }
        foreach (var item in await DraftAsync(userId, week.Start, ct))
        {
            plan.Add(item.Day, item.ActionTypeId, item.CustomerId, item.CustomerName, item.ProductLine, null, now);
        }
        Changed(plan);
        await unitOfWork.CommitAsync("WeeklyPlan.Generate", ct);
        return plan.Items.Count;
    }

    /// <summary>Adds an item (creating an empty plan for the week when there is none); a customer must be the person's own.</summary>
    public async Task AddItemAsync(Guid userId, GoalPeriod week, int version, PlanItemInput input, CancellationToken ct)
    {
        await access.EnsureCanManageAsync(userId, ct);
        var plan = await LoadAsync(userId, week.Start, ct);
        var now = business.Now;
        if (plan is null)
        {
            plan = new WeeklyPlan(Guid.NewGuid(), userId, week.Start, now);
            db.Plans.Add(plan);
        }
        else
        {
            Guard(plan, version);
        }
        var typeId = input.ActionTypeId ?? Guid.Empty;
        DomainException.ThrowIf(!await db.ActionTypes.AnyAsync(t => t.Id == typeId && t.Active, ct), "Plans_Error_ActionType");
        GoalCustomer? customer = null;
        if (input.CustomerId is { } customerId)
        {
            customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.OwnerId == userId, ct);
            DomainException.ThrowIf(customer is null, "Plans_Error_Customer");
        }
        var day = input.DayValue ?? throw new DomainException("Plans_Error_Day");
        plan.Add(day, typeId, customer?.Id, customer?.Name, input.ProductLine, input.Note, now);
        Changed(plan);
        await unitOfWork.CommitAsync("WeeklyPlan.AddItem", ct);
    }

    public async Task MoveItemAsync(Guid planId, Guid itemId, LocalDate day, int version, CancellationToken ct)
    {
        var plan = await ForEditAsync(planId, version, ct);
        plan.Move(itemId, day, business.Now);
        Changed(plan);
        await unitOfWork.CommitAsync("WeeklyPlan.MoveItem", ct);
    }

    public async Task RemoveItemAsync(Guid planId, Guid itemId, int version, CancellationToken ct)
    {
        var plan = await ForEditAsync(planId, version, ct);
        plan.Remove(itemId, business.Now);
        Changed(plan);
        await unitOfWork.CommitAsync("WeeklyPlan.RemoveItem", ct);
    }

    /// <summary>What generation would plan for the person's week (template raised by contracts, key customers in rotation).</summary>
    public async Task<IReadOnlyList<PlannedAction>> DraftAsync(Guid userId, LocalDate weekStart, CancellationToken ct)
    {
        var types = await db.ActionTypes.AsNoTracking().Where(t => t.Active).ToListAsync(ct);
        var byCode = types.ToDictionary(t => t.Code, t => t.Id);
        var template = (await settings.ReadAsync(ct)).Template
            .Where(l => byCode.ContainsKey(l.ActionCode))
            .Select(l => new PlanNeed(byCode[l.ActionCode], l.PerWeek));
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.UserId == userId && c.PeriodKind != PeriodKind.Week && c.PeriodStart <= weekStart && c.PeriodEnd >= weekStart)
            .ToListAsync(ct);
        var active = types.Select(t => t.Id).ToHashSet();
        var perWeek = new List<PlanNeed>();
        foreach (var contract in contracts)
        {
            var done = weekStart > contract.PeriodStart
                ? await evidence.CountsAsync(userId, contract.PeriodStart, weekStart.PlusDays(-1), ct)
                : [];
            var weeks = PlanGenerator.RemainingWeeks(weekStart, contract.PeriodEnd);
            perWeek.AddRange(contract.Owed().Where(o => active.Contains(o.Key))
                .Select(o => new PlanNeed(o.Key, PlanGenerator.PerWeek(o.Value, done.GetValueOrDefault(o.Key), weeks))));
        }
        var keyCustomers = (await db.Customers.AsNoTracking()
                .Where(c => c.OwnerId == userId && (c.MarkedKey || c.Grade == "A+" || c.Grade == "A"))
                .OrderBy(c => c.Code).ThenBy(c => c.Id)
                .ToListAsync(ct))
            .Select(c => new KeyCustomerRef(c.Id, c.Name, c.Products.FirstOrDefault()))
            .ToList();
        return PlanGenerator.Spread(weekStart, PlanGenerator.Quantities(template, perWeek),
            byCode.GetValueOrDefault(KeyActionType.KeyVisit), keyCustomers);
    }

    private async Task<WeeklyPlan?> LoadAsync(Guid userId, LocalDate weekStart, CancellationToken ct) =>
        await db.Plans.Include(p => p.Items).FirstOrDefaultAsync(p => p.UserId == userId && p.WeekStart == weekStart, ct);

    private async Task<WeeklyPlan> ForEditAsync(Guid planId, int version, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureCanManageAsync(plan.UserId, ct);
        Guard(plan, version);
        return plan;
    }

    /// <summary>Every edit is a new version of the plan, even when only its items changed (and the clock stood still).</summary>
    private void Changed(WeeklyPlan plan)
    {
        if (db.Entry(plan).State == EntityState.Unchanged)
        {
            db.Entry(plan).State = EntityState.Modified;
        }
    }

    private void Guard(WeeklyPlan plan, int version)
    {
        StaleEditException.ThrowIfChanged(version, plan.Version);
        db.Entry(plan).Property(p => p.Version).OriginalValue = version;
    }
}
