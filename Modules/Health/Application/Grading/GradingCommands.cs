using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Application.Actions;
using SalesSuite.Health.Contracts;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Grading;
using SalesSuite.Health.Domain.Rules;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Grading;

/// <summary>
/// Grades every customer with the weighted model when the interval passed since the last run (the newest GradedAt), or
/// at once when the director asks. CustomerGraded is published when a grade is first given or changes; the grade's
/// strategy then acts: A+ → a support-pack task for the owner, C → a review by the owner's manager (ReviewRequested).
/// </summary>
internal sealed class GradingCommands(HealthDbContext db, ActionService actions, HealthAccess access, IClock clock, IOrganisation organisation,
    UnitOfWork<HealthDbContext> unitOfWork, ModuleSettings<HealthDbContext, HealthSettings> healthSettings)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The periodic run: grades only when the interval has passed. Returns how many grades were given or changed.</summary>
    public async Task<int> GradeIfDueAsync(CancellationToken ct)
    {
        var settings = await healthSettings.ReadAsync(ct);
        var last = await db.Grades.MaxAsync(g => (Instant?)g.GradedAt, ct);
        var now = clock.GetCurrentInstant();
        return last is { } at && now - at < Duration.FromHours(settings.GradingIntervalHours) ? 0 : await GradeAllAsync(settings, now, ct);
    }

    /// <summary>"Grade now" (director / admin).</summary>
    public async Task<int> GradeNowAsync(CancellationToken ct)
    {
        access.EnsureCanConfigure();
        return await GradeAllAsync(await healthSettings.ReadAsync(ct), clock.GetCurrentInstant(), ct);
    }

    private async Task<int> GradeAllAsync(HealthSettings settings, Instant now, CancellationToken ct)
    {
        var customers = await db.Customers.AsNoTracking().Where(c => c.MergedInto == null).ToListAsync(ct);
        var grades = await db.Grades.ToDictionaryAsync(g => g.CustomerId, ct);
        var openTasks = (await db.Actions.AsNoTracking()
            .Where(a => a.EndedAt == null && (a.Kind == ActionKind.SupportPack || a.Kind == ActionKind.CustomerReview) && a.SubjectId != null)
            .Select(a => new { a.Kind, a.SubjectId }).ToListAsync(ct)).Select(a => (a.Kind, a.SubjectId!.Value)).ToHashSet();
        var changed = 0;
        foreach (var customer in customers)
        {
            var result = GradingModel.Grade(customer, settings, now);
            var factors = JsonSerializer.Serialize(result.Factors, Json);
            string? previous = null;
            bool isNew;
            if (grades.TryGetValue(customer.CustomerId, out var grade))
            {
                previous = grade.Grade;
                isNew = grade.Regrade(result.Grade, result.Score, factors, now);
            }
            else
            {
                db.Grades.Add(new CustomerGrade(customer.CustomerId, result.Grade, result.Score, factors, now));
                isNew = true;
            }
            if (!isNew)
            {
                continue;
            }
            changed++;
            db.Publish(new CustomerGraded(Guid.NewGuid(), now, null, customer.CustomerId, result.Grade, result.Score, previous,
                [.. result.Factors.Select(f => new GradeFactor(f.Code, f.Weight / 100m, f.Score))]));
            await StrategyAsync(customer, result, settings, now, openTasks, ct);
        }
        await unitOfWork.CommitAsync("Grades.Grade", ct);
        return changed;
    }

    private async Task StrategyAsync(CustomerTrack customer, GradeResult result, HealthSettings settings, Instant now,
        HashSet<(ActionKind, Guid)> openTasks, CancellationToken ct)
    {
        if (customer.OwnerId is not { } owner)
        {
            return;
        }
        var label = customer.Record.Label;
        var explanation = Explanation.Of("Grade_Explain", label, result.Grade, result.Score);
        if (result.Grade == "A+" && settings.APlusSupportPack && openTasks.Add((ActionKind.SupportPack, customer.CustomerId)))
        {
            await actions.StartAsync(new ActionStart(ActionKind.SupportPack, owner, customer.CustomerId, HealthRules.GradeAPlus, explanation,
                [customer.Record], null, label), ct);
        }
        else if (result.Grade == "C" && settings.CReview && openTasks.Add((ActionKind.CustomerReview, customer.CustomerId))
            && await organisation.ManagerOfAsync(owner, ct) is { } manager)
        {
            await actions.StartAsync(new ActionStart(ActionKind.CustomerReview, manager.Id, customer.CustomerId, HealthRules.GradeC, explanation,
                [customer.Record], now + Duration.FromHours(settings.CReviewHours), label), ct);
        }
    }
}
