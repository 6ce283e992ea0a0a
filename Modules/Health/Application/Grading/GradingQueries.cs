using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain.Grading;

namespace SalesSuite.Health.Application.Grading;

/// <summary>Grades of the customers the reader may see (by the customer's owner): the distribution and the list.</summary>
internal sealed class GradingQueries(HealthDbContext db, HealthAccess access)
{
    public const int MaxRows = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Customers per grade, A+ to C (every grade present, zero when none).</summary>
    public async Task<IReadOnlyList<(string Grade, int Count)>> DistributionAsync(CancellationToken ct)
    {
        var counts = await Graded(await access.VisibilityAsync(ct)).GroupBy(x => x.Grade.Grade)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return GradingModel.Grades.Select(g => (g, counts.FirstOrDefault(c => c.Key == g)?.Count ?? 0)).ToList();
    }

    public async Task<IReadOnlyList<GradeRow>> ListAsync(string? grade, CancellationToken ct)
    {
        var query = Graded(await access.VisibilityAsync(ct));
        if (!string.IsNullOrEmpty(grade))
        {
            query = query.Where(x => x.Grade.Grade == grade);
        }
        var rows = await query.OrderByDescending(x => x.Grade.Score).ThenBy(x => x.Customer.Code).Take(MaxRows).ToListAsync(ct);
        var names = await access.Records.NamesAsync(ct);
        return rows.Select(x => new GradeRow(x.Customer.CustomerId, x.Customer.Record.Label,
            x.Customer.OwnerId is { } o ? names.GetValueOrDefault(o) : null, x.Grade.Grade, x.Grade.PreviousGrade, x.Grade.Score,
            JsonSerializer.Deserialize<List<FactorScore>>(x.Grade.Factors, Json) ?? [], x.Grade.GradedAt)).ToList();
    }

    private IQueryable<GradedCustomer> Graded(SharedKernel.Identity.Visibility visibility)
    {
        var customers = db.Customers.AsNoTracking().Where(c => c.MergedInto == null);
        if (!visibility.All)
        {
            var owners = visibility.Owners.Select(o => (Guid?)o).ToList();
            customers = customers.Where(c => owners.Contains(c.OwnerId));
        }
        return customers.Join(db.Grades.AsNoTracking(), c => c.CustomerId, g => g.CustomerId,
            (c, g) => new GradedCustomer { Customer = c, Grade = g });
    }
}
