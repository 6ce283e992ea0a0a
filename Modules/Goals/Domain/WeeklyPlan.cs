using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// A salesperson's plan for one ISO week (Monday <see cref="WeekStart"/>): the planned key actions per day, customer and
/// product line. Done is never ticked here: it is computed from evidence (<see cref="PlanProgress"/>). Every edit bumps
/// <see cref="Version"/> (through <see cref="ChangedAt"/>) so a form showing an older plan is refused (409).
/// </summary>
internal sealed class WeeklyPlan : IAuditable, IVersioned
{
    public const int MaxItems = 200;

    private readonly List<PlanItem> _items = [];

    public WeeklyPlan(Guid id, Guid userId, LocalDate weekStart, Instant createdAt)
    {
        DomainException.ThrowIf(weekStart.DayOfWeek != IsoDayOfWeek.Monday, "Plans_Error_Week");
        Id = id;
        UserId = userId;
        WeekStart = weekStart;
        CreatedAt = createdAt;
        ChangedAt = createdAt;
    }

    private WeeklyPlan()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public LocalDate WeekStart { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant ChangedAt { get; private set; }
    public Instant? SubmittedAt { get; private set; }
    public int Version { get; set; }
    public IReadOnlyList<PlanItem> Items => _items;

    public LocalDate WeekEnd => WeekStart.PlusDays(6);

    public string AuditId => $"{UserId:N}/{new GoalPeriod(PeriodKind.Week, WeekStart).Key}";

    public PlanItem Add(LocalDate day, Guid actionTypeId, Guid? customerId, string? customerName, string? productLine, string? note,
        Instant at)
    {
        CheckDay(day);
        DomainException.ThrowIf(_items.Count >= MaxItems, "Plans_Error_TooMany", MaxItems);
        var item = new PlanItem(Guid.NewGuid(), Id, UserId, day, actionTypeId, customerId, customerName, productLine, note);
        _items.Add(item);
        ChangedAt = at;
        return item;
    }

    public void Move(Guid itemId, LocalDate day, Instant at)
    {
        CheckDay(day);
        Find(itemId).MoveTo(day);
        ChangedAt = at;
    }

    public void Remove(Guid itemId, Instant at)
    {
        _items.Remove(Find(itemId));
        ChangedAt = at;
    }

    /// <summary>Drops every item (an explicit, confirmed regeneration).</summary>
    public void Clear(Instant at)
    {
        _items.Clear();
        ChangedAt = at;
    }

    public void Submit(Instant at)
    {
        SubmittedAt ??= at;
        ChangedAt = at;
    }

    private PlanItem Find(Guid itemId) => _items.FirstOrDefault(i => i.Id == itemId) ?? throw new KeyNotFoundException();

    private void CheckDay(LocalDate day) =>
        DomainException.ThrowIf(day < WeekStart || day > WeekEnd, "Plans_Error_Day");
}
