using NodaTime;

namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>A target customer's row: its cells, steps done of steps, and whether it is fully through.</summary>
internal sealed record CustomerProgress(CampaignCustomer Customer, IReadOnlyList<CampaignCell> Cells)
{
    public int StepsDone => Cells.Count(c => c.State == CellState.Done);
    public bool Through => Cells.Count > 0 && StepsDone == Cells.Count;
}

/// <summary>A person's part: their assigned customers, cells done of cells, customers fully through.</summary>
internal sealed record PersonProgress(Guid UserId, int Customers, int CellsDone, int Cells, int Through, int Overdue)
{
    public int Percent => CampaignProgress.Percent(CellsDone, Cells);
}

/// <summary>
/// A campaign's progress, counted from evidence and never ticked: a step is done for a customer when evidence of the
/// step's action type for that customer, inside the campaign's window, reaches the step's quantity. When several steps
/// use the same action type, each later step needs the quantities of the earlier ones too (visit ×1 … visit again ×1 =
/// two visits), so one visit never completes two steps. Percentages are whole and rounded down (100 % only when all done).
/// </summary>
internal sealed record CampaignProgress(IReadOnlyList<CustomerProgress> Customers, IReadOnlyList<PersonProgress> People)
{
    public int CellsDone => Customers.Sum(c => c.StepsDone);
    public int Cells => Customers.Sum(c => c.Cells.Count);
    public int Through => Customers.Count(c => c.Through);
    public int Overdue => Customers.Sum(c => c.Cells.Count(x => x.State == CellState.Overdue));
    public int OverallPercent => Percent(CellsDone, Cells);

    public static int Percent(int done, int total) => total == 0 ? 0 : (int)(done * 100L / total);

    public static CampaignProgress Of(Campaign campaign, IEnumerable<CampaignEvidence> evidence, LocalDate today)
    {
        var counted = evidence
            .Where(e => campaign.Covers(e.Day))
            .GroupBy(e => (e.CustomerId, e.ActionTypeId))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Day).ToList());
        var needed = Needed(campaign.Steps);
        var rows = campaign.Customers.Select(customer => new CustomerProgress(customer, campaign.Steps.Select((step, i) =>
        {
            var found = counted.GetValueOrDefault((customer.CustomerId, step.ActionTypeId)) ?? [];
            var state = found.Count >= needed[i] ? CellState.Done
                : step.DueOn is { } due && due < today ? CellState.Overdue
                : CellState.Open;
            var user = found.Count == 0 ? (Guid?)null : found[Math.Min(found.Count, needed[i]) - 1].UserId;
            return new CampaignCell(i + 1, state, Math.Min(found.Count, needed[i]), needed[i], user);
        }).ToList())).ToList();
        var people = rows.GroupBy(r => r.Customer.AssigneeId)
            .Select(g => new PersonProgress(g.Key, g.Count(), g.Sum(r => r.StepsDone), g.Sum(r => r.Cells.Count), g.Count(r => r.Through),
                g.Sum(r => r.Cells.Count(c => c.State == CellState.Overdue))))
            .ToList();
        return new CampaignProgress(rows, people);
    }

    /// <summary>The evidence count each step needs: its quantity plus those of earlier steps of the same action type.</summary>
    public static IReadOnlyList<int> Needed(IReadOnlyList<CampaignStep> steps) =>
        steps.Select((s, i) => steps.Take(i + 1).Where(p => p.ActionTypeId == s.ActionTypeId).Sum(p => p.Quantity)).ToList();
}
