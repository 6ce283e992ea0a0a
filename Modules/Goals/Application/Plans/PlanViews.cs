using NodaTime;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Plans;

/// <summary>A planned item with its action type's name and how-to, and the evidence that completed it (null: not done).</summary>
internal sealed record PlanItemView(PlanItem Item, string ActionName, string? HowToUrl, MatchRef? Evidence)
{
    public bool Done => Evidence is not null;
}

/// <summary>A row of the customer × product × day grid.</summary>
internal sealed record PlanGridRow(Guid? CustomerId, string? CustomerName, string? ProductLine, IReadOnlyList<PlanItemView> Items)
{
    public IEnumerable<PlanItemView> On(LocalDate day) => Items.Where(i => i.Item.Day == day);
}

/// <summary>One person's week: the plan (null before it is generated), its items, what the add form offers.</summary>
internal sealed record PlanView(
    Guid UserId,
    string PersonName,
    GoalPeriod Week,
    WeeklyPlan? Plan,
    IReadOnlyList<PlanItemView> Items,
    IReadOnlyList<KeyActionType> ActionTypes,
    IReadOnlyList<GoalCustomer> Customers,
    bool CanEdit)
{
    public int Planned => Items.Count;
    public int Done => Items.Count(i => i.Done);
    public decimal? Rate => PlanProgress.Rate(Done, Planned);
    public IEnumerable<LocalDate> Days => Enumerable.Range(0, 7).Select(d => Week.Start.PlusDays(d));

    public IReadOnlyList<PlanGridRow> Rows => Items
        .GroupBy(i => (i.Item.CustomerId, i.Item.ProductLine))
        .Select(g => new PlanGridRow(g.Key.CustomerId, g.First().Item.CustomerName, g.Key.ProductLine, g.ToList()))
        .OrderBy(r => r.CustomerId is null).ThenBy(r => r.CustomerName, StringComparer.Ordinal).ThenBy(r => r.ProductLine, StringComparer.Ordinal)
        .ToList();
}

/// <summary>A won deal of a colleague, shown to someone who missed a key action ("看看别人怎么赢的").</summary>
internal sealed record WonExample(string Who, LocalDate Day, string? Summary, string? Link);

/// <summary>The signed-in person's day: today's items, the week's rate, and won deals to learn from.</summary>
internal sealed record TodayView(PlanView Week, LocalDate Today, IReadOnlyList<PlanItemView> Items, IReadOnlyList<WonExample> Examples);

/// <summary>Weekly plan achievement: done items over planned items.</summary>
internal sealed record AchievementRow(Guid? Id, string Name, string? Team, int Planned, int Done)
{
    public decimal? Rate => PlanProgress.Rate(Done, Planned);
}

internal sealed record TeamView(GoalPeriod Week, IReadOnlyList<AchievementRow> People, IReadOnlyList<AchievementRow> Teams, AchievementRow Total);
