namespace SalesSuite.Collections.Domain;

/// <summary>How money is spread over open milestones when nobody chooses by hand.</summary>
internal static class AllocationPlan
{
    /// <summary>
    /// Oldest due date first (milestones without a date last, then by contract and position), each filled up to its
    /// outstanding amount until <paramref name="amount"/> is used; what is left over is not in the plan (customer credit).
    /// </summary>
    public static IReadOnlyList<(Receivable Receivable, decimal Amount)> OldestFirst(IEnumerable<Receivable> open, decimal amount)
    {
        var plan = new List<(Receivable, decimal)>();
        var left = amount;
        var ordered = open.Where(r => !r.IsPaid && r.Outstanding > 0)
            .OrderBy(r => r.DueDate is null).ThenBy(r => r.DueDate).ThenBy(r => r.CreatedAt).ThenBy(r => r.ContractId).ThenBy(r => r.Sequence);
        foreach (var receivable in ordered)
        {
            if (left <= 0)
            {
                break;
            }
            var take = Math.Min(left, receivable.Outstanding);
            plan.Add((receivable, take));
            left -= take;
        }
        return plan;
    }
}
