using System.Linq.Expressions;
using NodaTime;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// The board's filters as one database query over receivables, shared by the board, its bucket totals, its CSV and
/// every report link, so a number and the rows behind its link are computed by the same code.
/// </summary>
internal static class ReceivableFiltering
{
    /// <summary>Visibility and every filter except the age bucket (the bucket totals group by it).</summary>
    public static IQueryable<Receivable> Filtered(
        this IQueryable<Receivable> query, BoardFilter filter, ReportScope scope, IQueryable<CustomerAccount> customers)
    {
        query = query.VisibleTo(scope.Visibility, r => r.OwnerId);
        if (filter.Owner is { } owner)
        {
            query = query.Where(r => r.OwnerId == owner);
        }
        query = query.InTeam(filter.Team, scope.People, r => r.OwnerId);
        if (filter.CustomerId is { } customerId)
        {
            query = query.Where(r => r.CustomerId == customerId);
        }
        if (!string.IsNullOrWhiteSpace(filter.Customer))
        {
            var text = filter.Customer.Trim();
            var ids = customers.Where(c => c.Code == text || c.Name.Contains(text)).Select(c => c.CustomerId);
            query = query.Where(r => ids.Contains(r.CustomerId));
        }
        if (filter.Reason == BoardFilter.Untagged)
        {
            query = query.Where(r => r.OverdueReasonId == null);
        }
        else if (Guid.TryParse(filter.Reason, out var reason))
        {
            query = query.Where(r => r.OverdueReasonId == reason);
        }
        if (filter.DueFrom is { } fromDate)
        {
            var from = LocalDate.FromDateOnly(fromDate);
            query = query.Where(r => r.DueDate >= from);
        }
        if (filter.DueTo is { } toDate)
        {
            var to = LocalDate.FromDateOnly(toDate);
            query = query.Where(r => r.DueDate <= to);
        }
        return query.WithStatus(filter.Status, scope.Today);
    }

    /// <summary>Everything the board lists: <see cref="Filtered"/> and the age bucket.</summary>
    public static IQueryable<Receivable> Matching(
        this IQueryable<Receivable> query, BoardFilter filter, ReportScope scope, IQueryable<CustomerAccount> customers)
    {
        query = query.Filtered(filter, scope, customers);
        return filter.Age is { } age ? query.Unpaid().InBucket(age, scope.Today) : query;
    }

    /// <summary>
    /// Not paid. Written as "not Paid" rather than a list of states so that SQLite walks the due-date indexes in order
    /// (a list would pick the status index and sort every unpaid row for one page).
    /// </summary>
    public static IQueryable<Receivable> Unpaid(this IQueryable<Receivable> query) =>
        query.Where(r => r.Status != ReceivableStatus.Paid);

    /// <summary>Not paid and due before <paramref name="today"/>.</summary>
    public static IQueryable<Receivable> Overdue(this IQueryable<Receivable> query, LocalDate today) =>
        query.Unpaid().Where(r => r.DueDate < today);

    /// <summary>Due dates inside the bucket's range on <paramref name="today"/> (current also holds no due date).</summary>
    public static IQueryable<Receivable> InBucket(this IQueryable<Receivable> query, AgeBucket bucket, LocalDate today)
    {
        var range = AgeBuckets.Range(bucket, today);
        if (bucket == AgeBucket.Current)
        {
            var from = range.From!.Value;
            return query.Where(r => r.DueDate == null || r.DueDate >= from);
        }
        if (range.From is { } start)
        {
            query = query.Where(r => r.DueDate >= start);
        }
        var before = range.Before!.Value;
        return query.Where(r => r.DueDate < before);
    }

    /// <summary>Owners of a team (or of no team, <see cref="BoardFilter.NoTeam"/>) as an owner-id list the database filters on.</summary>
    public static IQueryable<T> InTeam<T>(this IQueryable<T> query, string? team, OrgDirectory people, Expression<Func<T, Guid>> owner)
    {
        if (team == BoardFilter.NoTeam)
        {
            var inTeam = new Visibility(Guid.Empty, false, people.AllTeamMembers.ToHashSet()).Predicate(owner);
            return query.Where(Expression.Lambda<Func<T, bool>>(Expression.Not(inTeam.Body), inTeam.Parameters));
        }
        return Guid.TryParse(team, out var teamId)
            ? query.Where(new Visibility(Guid.Empty, false, people.Members(teamId).ToHashSet()).Predicate(owner))
            : query;
    }

    private static IQueryable<Receivable> WithStatus(this IQueryable<Receivable> query, BoardStatus status, LocalDate today) => status switch
    {
        BoardStatus.Unpaid => query.Unpaid(),
        BoardStatus.Open => query.Where(r => r.Status == ReceivableStatus.Open && (double)r.PaidAmount == 0),
        BoardStatus.PartlyPaid => query.Where(r => r.Status == ReceivableStatus.Open && (double)r.PaidAmount > 0),
        BoardStatus.Reported => query.Where(r => r.Status == ReceivableStatus.Reported),
        BoardStatus.AwaitingReceipt => query.Where(r => r.Status == ReceivableStatus.AwaitingReceipt),
        BoardStatus.Overdue => query.Overdue(today),
        BoardStatus.Paid => query.Where(r => r.Status == ReceivableStatus.Paid),
        _ => query,
    };
}
