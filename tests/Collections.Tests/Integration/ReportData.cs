using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>
/// Receivables for the board and report tests, written through the domain straight into the module's database:
/// milestones so many days overdue on the test clock's business day (2026-11-23 in Shanghai), paid or partly paid.
/// </summary>
internal static partial class ReportData
{
    public static readonly LocalDate Today = new(2026, 11, 23);

    /// <summary>A customer account with a fresh code (and the given name).</summary>
    public static async Task<Guid> CustomerAsync(AppFactory app, string? name = null, Guid? ownerId = null)
    {
        var id = Guid.NewGuid();
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var code = "RT" + id.ToString("N")[..8].ToUpperInvariant();
            db.Customers.Add(new CustomerAccount(id, code, name ?? "报表测试客户 " + code, null, ownerId));
            await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>One contract; each milestone: amount, days overdue today (negative: due later), title.</summary>
    public static async Task<IReadOnlyList<Guid>> ContractAsync(
        AppFactory app, Guid ownerId, Guid customerId, params (decimal Amount, int DaysOverdue, string Title)[] milestones)
    {
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var terms = milestones.Select(m => new MilestoneTerms(m.Title, m.Amount, Today.PlusDays(-m.DaysOverdue), null)).ToList();
            var contract = Contract.Manual(
                "RT-" + Guid.NewGuid().ToString("N")[..10], customerId, ownerId, null, milestones.Sum(m => m.Amount), "CNY", Today.PlusDays(-400),
                null, terms, ownerId, AppFactory.DefaultNow);
            db.Contracts.Add(contract);
            await db.SaveChangesAsync();
            return (IReadOnlyList<Guid>)contract.Milestones.OrderBy(m => m.Sequence).Select(m => m.Id).ToList();
        });
    }

    /// <summary>A payment of <paramref name="amount"/> on the milestone, dated <paramref name="daysAgo"/> before today; settled when it covers it.</summary>
    public static Task PayAsync(AppFactory app, Guid receivableId, decimal amount, int daysAgo = 1) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var milestone = await db.Receivables.SingleAsync(r => r.Id == receivableId);
            var payment = new Payment(Guid.NewGuid(), "RT" + Guid.NewGuid().ToString("N")[..12], milestone.CustomerId, Today.PlusDays(-daysAgo),
                amount, "CNY", null, PaymentSource.Manual, milestone.OwnerId, AppFactory.DefaultNow);
            payment.Allocate(milestone, amount, milestone.OwnerId, AppFactory.DefaultNow);
            milestone.Settle(receiptRequired: false, milestone.OwnerId, Today.PlusDays(-daysAgo), AppFactory.DefaultNow);
            db.Payments.Add(payment);
            await db.SaveChangesAsync();
        });

    public static Task ReportPaidAsync(AppFactory app, Guid receivableId) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var milestone = await db.Receivables.SingleAsync(r => r.Id == receivableId);
            milestone.ReportPaid(milestone.OwnerId, "customer says paid", AppFactory.DefaultNow);
            await db.SaveChangesAsync();
        });

    /// <summary>A new overdue reason (unique name) tagged on the milestones.</summary>
    public static Task<Guid> TagAsync(AppFactory app, string name, params Guid[] receivableIds) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var reason = new OverdueReason(Guid.NewGuid(), name + " " + Guid.NewGuid().ToString("N")[..6], false, 90);
            db.OverdueReasons.Add(reason);
            foreach (var id in receivableIds)
            {
                (await db.Receivables.SingleAsync(r => r.Id == id)).TagOverdueReason(reason, null, Guid.Empty, Today, AppFactory.DefaultNow);
            }
            await db.SaveChangesAsync();
            return reason.Id;
        });

    /// <summary>
    /// Signs in and chooses the language for this client (a culture cookie), whatever language the same person chose in
    /// another client: the kernel's sign-in only posts the choice for languages other than zh-CN.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(AppFactory app, string userName, string culture)
    {
        var client = await app.SignInAsync(userName, culture);
        await client.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        return client;
    }

    /// <summary>The bucket totals on a board page: bucket → (count, outstanding, link).</summary>
    public static IReadOnlyDictionary<AgeBucket, (int Count, decimal Amount, string Link)> Buckets(string html) =>
        BucketPattern().Matches(html).ToDictionary(
            m => Enum.Parse<AgeBucket>(m.Groups["bucket"].Value),
            m => (int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(m.Groups["amount"].Value, System.Globalization.CultureInfo.InvariantCulture),
                WebUtility.HtmlDecode(m.Groups["href"].Value)));

    /// <summary>The board's CSV for the same filters as <paramref name="boardUrl"/>.</summary>
    public static async Task<(byte[] Bytes, CsvTable Table)> CsvAsync(HttpClient client, string boardUrl)
    {
        var url = boardUrl + (boardUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Csv";
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (bytes, CsvFile.Read(bytes, new CsvLimits()));
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*data-testid=\"bucket\" data-bucket=\"(?<bucket>\\w+)\" "
        + "data-count=\"(?<count>\\d+)\" data-amount=\"(?<amount>[-0-9.]+)\"")]
    private static partial Regex BucketPattern();
}
