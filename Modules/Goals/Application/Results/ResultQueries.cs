using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Results;

/// <summary>
/// Results counted from evidence facts (never typed in): the sum of a metric's amounts for people between two days
/// (inclusive), or for a rate (promotion execution) executed lines / reported lines in percent. Credited to the fact's
/// owner (the salesperson / store manager).
/// </summary>
internal sealed class ResultQueries(GoalsDbContext db)
{
    /// <summary>The actual of <paramref name="metric"/> for <paramref name="people"/> (null: everyone, the company).</summary>
    public async Task<decimal> ActualAsync(ResultMetric metric, IReadOnlyCollection<Guid>? people, LocalDate from, LocalDate to,
        CancellationToken ct)
    {
        var byPerson = await ActualByPersonAsync(metric, from, to, ct);
        var rows = people is null ? byPerson.Values : byPerson.Where(p => people.Contains(p.Key)).Select(p => p.Value);
        var list = rows.ToList();
        if (!metric.IsRate())
        {
            return list.Sum(r => r.Sum);
        }
        var count = list.Sum(r => r.Count);
        return count == 0 ? 0 : decimal.Round(list.Sum(r => r.Sum) * 100m / count, 1);
    }

    /// <summary>Per person: the metric's sum and the number of facts (a rate is Sum / Count × 100).</summary>
    public async Task<Dictionary<Guid, ResultTotal>> ActualByPersonAsync(ResultMetric metric, LocalDate from, LocalDate to,
        CancellationToken ct)
    {
        var rows = await db.Facts.AsNoTracking()
            .Where(f => f.Metric == metric && f.Day >= from && f.Day <= to && f.OwnerId != null)
            .GroupBy(f => f.OwnerId!.Value)
            .Select(g => new { g.Key, Sum = g.Sum(f => f.Amount ?? 0), Count = g.Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new ResultTotal(r.Sum, r.Count));
    }
}

/// <summary>A person's result in a period: the sum of the metric's amounts and how many facts made it.</summary>
internal sealed record ResultTotal(decimal Sum, int Count)
{
    public decimal Value(ResultMetric metric) => metric.IsRate() ? (Count == 0 ? 0 : decimal.Round(Sum * 100m / Count, 1)) : Sum;
}
