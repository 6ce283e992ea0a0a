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
    /// <summary>
    /// Visibility and every filter except the age bucket (the bucket totals group by it). <paramref name="page"/>: the
    /// query lists rows in due-date order (see <see cref="OwnerAmong"/>) instead of adding them up.
    /// </summary>
    public static IQueryable<Receivable> Filtered(
        this IQueryable<Receivable> query, BoardFilter filter, ReportScope scope, IQueryable<CustomerAccount> customers, bool page = false)
    {
        var visibility = scope.Visibility;
        query = page && !visibility.All && visibility.Owners.Count > 1
            ? query.Where(OwnerAmong(visibility.Owners))
            : query.VisibleTo(visibility, r => r.OwnerId);
        if (filter.Owner is { } owner)
        {
            query = query.Where(r => r.OwnerId == owner);
        }
        query = page && Guid.TryParse(filter.Team, out var team)
            ? query.Where(OwnerAmong(scope.People.Members(team)))
            : query.InTeam(filter.Team, scope.People, r => r.OwnerId);
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

    /// <summary>Everything the board lists, in due-date order: <see cref="Filtered"/> and the age bucket.</summary>
    public static IQueryable<Receivable> Matching(
        this IQueryable<Receivable> query, BoardFilter filter, ReportScope scope, IQueryable<CustomerAccount> customers)
    {
        query = query.Filtered(filter, scope, customers, page: true);
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

    /// <summary>
    /// "Owned by one of these people", written so that SQLite cannot answer it from the owner index: with an IN list it
    /// reads every row of the team from that index and sorts them all to show 50 (a regional manager's board: 240 ms at
    /// 200,000 milestones); this way it walks the due-date index in order, checks the owner inside the index and stops
    /// after one page (a few ms). Totals keep the plain list (<see cref="VisibilityQueryExtensions.VisibleTo{T}(IQueryable{T}, Visibility, Expression{Func{T, Guid}})"/>),
    /// where the owner index is the right one.
    /// </summary>
    private static Expression<Func<Receivable, bool>> OwnerAmong(IEnumerable<Guid> owners)
    {
        var list = owners.ToList();
        return r => (list.Contains(r.OwnerId) ? r.OwnerId : Guid.Empty) != Guid.Empty;
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
