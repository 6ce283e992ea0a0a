namespace SalesSuite.Leads.Domain;

/// <summary>
/// When the allocation log shows a deviation: <see cref="Days"/> consecutive days on each of which the person received at
/// least <see cref="PerDay"/> leads outside their industry, by the rule (and by managers when <see cref="CountsManual"/>).
/// </summary>
internal sealed record DeviationRule(int Days, int PerDay, bool CountsManual)
{
    public static readonly DeviationRule Default = new(3, 1, false);
}
