using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>Health graded a customer: the customer page and list show the newest grade (an older grading is ignored).</summary>
internal sealed class CustomerGradedHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<CustomerGraded, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CustomerGraded e, CancellationToken ct)
    {
        var customerId = await Db.LiveCustomerIdAsync(e.CustomerId, ct);
        var factors = e.Factors.Select(f => new GradeFactorValue(f.Code, f.Weight, f.Score)).ToList();
        if (await Db.CustomerGrades.FindAsync([customerId], ct) is { } grade)
        {
            grade.Update(e.Grade, e.Score, factors, e.OccurredAt);
            return;
        }
        Db.CustomerGrades.Add(new CustomerGrade(customerId, e.Grade, e.Score, factors, e.OccurredAt));
    }
}
